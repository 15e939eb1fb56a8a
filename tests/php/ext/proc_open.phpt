--TEST--
proc_open descriptor specs, proc_close, proc_get_status, proc_terminate
--FILE--
<?php
$dir = sys_get_temp_dir() . "/proc-" . getmypid() . "-" . uniqid();
mkdir($dir);
$p = proc_open("cat; echo err >&2; exit 5", [0 => ["pipe", "r"], 1 => ["pipe", "w"], 2 => ["pipe", "w"]], $pipes);
var_dump(is_resource($p), get_resource_type($p), array_keys($pipes), get_resource_type($pipes[0]));
fwrite($pipes[0], "hello\nworld\n");
fclose($pipes[0]);
var_dump(stream_get_contents($pipes[1]), stream_get_contents($pipes[2]));
var_dump(proc_close($p));
var_dump(get_resource_type($p));
// array command, cwd, env
$p = proc_open(["sh", "-c", 'echo "$FOO" "$(pwd)"'], [1 => ["pipe", "w"]], $pipes, $dir, ["FOO" => "bar"]);
var_dump(trim(stream_get_contents($pipes[1])) === "bar " . realpath($dir));
var_dump(proc_close($p));
// file specs and redirect
$p = proc_open("echo out; echo err >&2", [1 => ["file", "$dir/out.txt", "w"], 2 => ["redirect", 1]], $pipes);
var_dump($pipes, proc_close($p), file_get_contents("$dir/out.txt"));
$p = proc_open("cat", [0 => ["file", "$dir/out.txt", "r"], 1 => ["pipe", "w"]], $pipes);
var_dump(fread($pipes[1], 100), proc_close($p));
$p = proc_open("echo gone", [1 => ["null"]], $pipes);
var_dump(proc_close($p));
// status
$p = proc_open("exit 3", [], $pipes);
usleep(200000);
$s = proc_get_status($p);
unset($s["pid"]);
var_dump($s);
$s = proc_get_status($p);
var_dump($s["running"], $s["exitcode"], proc_close($p));
$p = proc_open(["sleep", "10"], [], $pipes);
var_dump(proc_get_status($p)["running"], proc_get_status($p)["command"]);
var_dump(proc_terminate($p));
usleep(200000);
$s = proc_get_status($p);
var_dump($s["running"], $s["signaled"], $s["termsig"]);
proc_close($p);
// a stream resource as a descriptor
$f = fopen("$dir/s.txt", "w");
$p = proc_open("echo via stream", [1 => $f], $pipes);
proc_close($p);
fclose($f);
var_dump(file_get_contents("$dir/s.txt"));
// errors
foreach ([[[], []], ["x", ["a" => ["pipe", "r"]]], ["x", [1 => 5]], ["x", [1 => []]], ["x", [1 => ["pipe"]]], ["x", [1 => ["file", "a"]]], ["x", [1 => ["redirect"]]], ["x", [1 => ["redirect", "1"]]], [["a\0b"], []]] as $a) {
  try { var_dump(proc_open($a[0], $a[1], $pipes)); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(proc_open("x", [1 => ["bogus"]], $pipes));
var_dump(proc_open("x", [1 => ["redirect", 7]], $pipes));
var_dump(@proc_open("x", [1 => ["file", "$dir/no/such", "r"]], $pipes));
echo str_replace($dir, "DIR", error_get_last()["message"]), "\n";
try { proc_close($f); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
unlink("$dir/out.txt"); unlink("$dir/s.txt"); rmdir($dir);
echo "done\n";
--EXPECTF--
bool(true)
string(7) "process"
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
string(6) "stream"
string(12) "hello
world
"
string(4) "err
"
int(5)
string(7) "Unknown"
bool(true)
int(0)
array(0) {
}
int(0)
string(8) "out
err
"
string(8) "out
err
"
int(0)
int(0)
array(7) {
  ["command"]=>
  string(6) "exit 3"
  ["running"]=>
  bool(false)
  ["signaled"]=>
  bool(false)
  ["stopped"]=>
  bool(false)
  ["exitcode"]=>
  int(3)
  ["termsig"]=>
  int(0)
  ["stopsig"]=>
  int(0)
}
bool(false)
int(-1)
int(-1)
bool(true)
string(5) "sleep"
bool(true)
bool(false)
bool(true)
int(15)
string(11) "via stream
"
ValueError: proc_open(): Argument #1 ($command) must have at least one element
ValueError: proc_open(): Argument #2 ($descriptor_spec) must be an integer indexed array
ValueError: proc_open(): Argument #2 ($descriptor_spec) must only contain arrays and streams
ValueError: Missing handle qualifier
ValueError: Missing mode parameter for 'pipe'
ValueError: Missing mode parameter for 'file'
ValueError: Missing redirection target
ValueError: Redirection target must be of type int, string given
ValueError: Command array element 1 contains a null byte

Warning: proc_open(): bogus is not a valid descriptor spec/mode in %s on line 47
bool(false)

Warning: proc_open(): Redirection target 7 not found in %s on line 48
bool(false)
bool(false)
proc_open(DIR/no/such): Failed to open stream: No such file or directory
TypeError: proc_close(): supplied resource is not a valid process resource
done
