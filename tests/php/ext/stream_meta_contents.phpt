--TEST--
stream_get_meta_data and stream_get_contents edge cases
--FILE--
<?php
$f = fopen(__FILE__, "r"); $md = stream_get_meta_data($f); $md["uri"] = basename($md["uri"]); var_dump($md);
$m = fopen("php://memory", "w+"); var_dump(stream_get_meta_data($m));
$t = fopen("php://temp", "r+"); var_dump(stream_get_meta_data($t));
$o = fopen("php://output", "w"); var_dump(stream_get_meta_data($o));
var_dump(stream_get_meta_data(STDIN));
$p = popen("true", "r"); var_dump(stream_get_meta_data($p));
$i = fopen("php://stdin", "r"); var_dump(stream_get_meta_data($i));
$dir = sys_get_temp_dir() . "/sgc-" . getmypid() . "-" . uniqid();
mkdir($dir);
file_put_contents("$dir/f", "0123456789");
$f = fopen("$dir/f", "r");
var_dump(stream_get_contents($f, 3), stream_get_contents($f, 0), stream_get_contents($f, null, 8), stream_get_contents($f, -1, 2));
var_dump(stream_get_contents($f, 2, 20), stream_get_contents($f));
try { stream_get_contents($f, -2); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { stream_get_contents($f, 1, -5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(stream_get_contents($f, 1, -1));
var_dump(feof($f), stream_get_meta_data($f)["eof"]);
fclose($f);
$w = fopen("$dir/f", "a");
var_dump(stream_get_contents($w));
fclose($w);
try { stream_get_contents($w); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
unlink("$dir/f"); rmdir($dir);
--EXPECTF--
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(9) "plainfile"
  ["stream_type"]=>
  string(5) "STDIO"
  ["mode"]=>
  string(1) "r"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(24) "stream_meta_contents.php"
}
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(6) "MEMORY"
  ["mode"]=>
  string(3) "w+b"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(12) "php://memory"
}
array(6) {
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(4) "TEMP"
  ["mode"]=>
  string(3) "w+b"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(10) "php://temp"
}
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(6) "Output"
  ["mode"]=>
  string(2) "wb"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(false)
  ["uri"]=>
  string(12) "php://output"
}
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(5) "STDIO"
  ["mode"]=>
  string(2) "rb"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(false)
  ["uri"]=>
  string(11) "php://stdin"
}
array(7) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["stream_type"]=>
  string(5) "STDIO"
  ["mode"]=>
  string(1) "r"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(false)
}
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(5) "STDIO"
  ["mode"]=>
  string(1) "r"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(false)
  ["uri"]=>
  string(11) "php://stdin"
}
string(3) "012"
string(0) ""
string(2) "89"
string(8) "23456789"
string(0) ""
string(0) ""
stream_get_contents(): Argument #2 ($length) must be greater than or equal to -1
string(0) ""
bool(true)
bool(true)

Notice: stream_get_contents(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 21
string(0) ""
stream_get_contents(): supplied resource is not a valid stream resource
