--TEST--
exec, system, passthru, shell_exec, backticks, escapeshellarg/cmd, popen/pclose
--FILE--
<?php
var_dump(escapeshellarg("it's"), escapeshellarg(""), escapeshellarg("aé\xffb"), escapeshellarg("a b\"c"));
var_dump(escapeshellcmd("ls -l 'a b' \"c\" 'd #x; \$HOME `id` \\ ~ ^ () [] {} * ? | & < >\n\xff"));
var_dump(escapeshellcmd("aé\xff#b\"c"), escapeshellcmd(""));
foreach (["escapeshellarg", "escapeshellcmd", "shell_exec", "exec", "system", "passthru"] as $f) {
  try { $f("a\0b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
foreach (["shell_exec", "exec", "system", "passthru"] as $f) {
  try { $f(""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
echo "before\n";
var_dump(shell_exec("true"), shell_exec("echo hi; echo there"));
var_dump(exec("printf 'a  \\nb\\n\\n'", $o, $r), $o, $r);
$o = ["keep"];
var_dump(exec("echo one; echo two; exit 4", $o, $r), $o, $r);
var_dump(exec("printf 'no newline  '"));
var_dump(passthru("echo x; exit 3", $rc), $rc);
var_dump(system("echo s1; echo s2 ", $rc2), $rc2);
var_dump(system("true"));
ob_start();
system("echo buffered");
$b = ob_get_clean();
var_dump($b);
echo "mid\n";
var_dump(`echo backtick`);
$w = "world";
var_dump(`echo hello $w`);
$p = popen("echo from popen; exit 2", "r");
var_dump(get_resource_type($p), fgets($p), fgets($p), feof($p), pclose($p));
$p = popen("cat", "w");
fwrite($p, "to cat\n");
var_dump(pclose($p));
foreach (["x", "rw", "", "rbb", "wb", "br"] as $m) {
  try { $p = @popen("true", $m); var_dump(is_resource($p)); if ($p) pclose($p); } catch (ValueError $e) { echo $m, ": ", $e->getMessage(), "\n"; }
}
echo "end\n";
--EXPECT--
string(9) "'it'\''s'"
string(2) "''"
string(6) "'aéb'"
string(7) "'a b"c'"
string(83) "ls -l 'a b' "c" \'d \#x\; \$HOME \`id\` \\ \~ \^ \(\) \[\] \{\} \* \? \| \& \< \>\
"
string(9) "aé\#b\"c"
string(0) ""
escapeshellarg(): Argument #1 ($arg) must not contain any null bytes
escapeshellcmd(): Argument #1 ($command) must not contain any null bytes
shell_exec(): Argument #1 ($command) must not contain any null bytes
exec(): Argument #1 ($command) must not contain any null bytes
system(): Argument #1 ($command) must not contain any null bytes
passthru(): Argument #1 ($command) must not contain any null bytes
shell_exec(): Argument #1 ($command) cannot be empty
exec(): Argument #1 ($command) cannot be empty
system(): Argument #1 ($command) cannot be empty
passthru(): Argument #1 ($command) cannot be empty
before
NULL
string(9) "hi
there
"
string(0) ""
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
}
int(0)
string(3) "two"
array(3) {
  [0]=>
  string(4) "keep"
  [1]=>
  string(3) "one"
  [2]=>
  string(3) "two"
}
int(4)
string(10) "no newline"
x
NULL
int(3)
s1
s2
string(2) "s2"
int(0)
string(0) ""
string(9) "buffered
"
mid
string(9) "backtick
"
string(12) "hello world
"
string(6) "stream"
string(11) "from popen
"
bool(false)
bool(true)
int(2)
to cat
int(0)
x: popen(): Argument #2 ($mode) must be one of "r", "rb", "w", or "wb"
rw: popen(): Argument #2 ($mode) must be one of "r", "rb", "w", or "wb"
bool(false)
bool(false)
bool(true)
bool(true)
end
