--TEST--
version_compare (special forms, canonicalization, operators), phpversion, php_uname, sleep/usleep, set_time_limit, system info functions, escapeshellarg/escapeshellcmd, str_getcsv
--FILE--
<?php
$v = ["1.0", "1.0.0", "1.0.1", "1.0rc1", "1.0RC1", "1.0-dev", "1.0alpha", "1.0a1", "1.0b2", "1.0beta", "1.0pl1", "1.0p1", "1.0.0.0", "1", "1.10", "1.9", "5.2.0-dev", "5.2.0", "", "1.0+1", "1.0_1", "1.0x", "1..0", "8.2.0"];
foreach ($v as $a) { foreach ($v as $b) echo version_compare($a, $b) + 1; echo "\n"; }
foreach (["<", "lt", "<=", "le", ">", "gt", ">=", "ge", "==", "eq", "!=", "<>", "ne"] as $op) var_dump(version_compare("1.0", "1.1", $op));
try { version_compare("1", "2", "~"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(version_compare(PHP_VERSION, "8.0.0", ">="), phpversion() === PHP_VERSION, phpversion("nope"), is_string(php_uname()), php_uname("s"), sleep(0), usleep(1), set_time_limit(30), is_string(gethostname()), count(sys_getloadavg()), isset(getrusage()["ru_utime.tv_sec"]), is_string(get_current_user()));
try { php_uname("x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { sleep(-1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(escapeshellarg("a'b c"), escapeshellarg(""), escapeshellcmd("a;b&c|d\"e\" 'f' #x \"unpaired"), escapeshellcmd("x'y"));
foreach (['a,b,c', '"a,b",c', '"a ""q"" b",c', ' "x" ,y', 'a;b;c', "a,b\n", '', ',', '"unterminated,x', 'a\\"b,c', '"a\\"b",c'] as $l) var_dump(str_getcsv($l));
var_dump(str_getcsv("a;'b;c';d", ";", "'"), str_getcsv('a|"b|c"|d', "|", '"', ""));
try { str_getcsv("a", ",,"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(putenv("PX_A=1"), getenv("PX_A"), putenv("PX_A"), getenv("PX_A"));
try { putenv("=x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
100222222200020000200210
210222222200020000200220
221222222200220000211220
000112222200020000200200
000112222200020000200200
000001000000020000200200
000002100000020000200200
000002210000020000200200
000002221200020000200200
000002220100020000200200
222222222211220000222220
222222222211220000222220
220222222200120000200220
000000000000010000200000
222222222222221200222220
222222222222220100222220
222222222222222210222220
222222222222222221222220
000000000000000000100000
221222222200220000211220
221222222200220000211220
000000000000020000200100
100222222200020000200210
222222222222222222222221
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
version_compare(): Argument #3 ($operator) must be a valid comparison operator
bool(true)
bool(true)
bool(false)
bool(true)
string(5) "Linux"
int(0)
NULL
bool(true)
bool(true)
int(3)
bool(true)
bool(true)
sleep(): Argument #1 ($seconds) must be greater than or equal to 0
string(10) "'a'\''b c'"
string(2) "''"
string(32) "a\;b\&c\|d"e" 'f' \#x \"unpaired"
string(4) "x\'y"
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(3) "a,b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(7) "a "q" b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(2) "x "
  [1]=>
  string(1) "y"
}
array(1) {
  [0]=>
  string(5) "a;b;c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(1) {
  [0]=>
  NULL
}
array(2) {
  [0]=>
  string(0) ""
  [1]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(14) "unterminated,x"
}
array(2) {
  [0]=>
  string(4) "a\"b"
  [1]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(4) "a\"b"
  [1]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b;c"
  [2]=>
  string(1) "d"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b|c"
  [2]=>
  string(1) "d"
}
bool(true)
string(1) "1"
bool(true)
bool(false)
putenv(): Argument #1 ($assignment) must have a valid syntax
