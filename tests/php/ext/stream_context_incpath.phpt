--TEST--
streams: use_include_path in file_get_contents/file/readfile/fopen, NUL bytes in file names, stream context params and the default context, the STREAM_* constants
--FILE--
<?php
$d = sys_get_temp_dir() . "/incpath-" . getmypid() . "-" . uniqid();
mkdir("$d/inc", 0777, true);
file_put_contents("$d/inc/found.txt", "line one\nline two\n");
set_include_path("$d/inc");
chdir($d);
var_dump(file_get_contents("found.txt", true));
var_dump(@file_get_contents("found.txt"));
var_dump(file("found.txt", FILE_USE_INCLUDE_PATH | FILE_IGNORE_NEW_LINES));
var_dump(readfile("found.txt", true));
$f = fopen("found.txt", "r", true);
var_dump(fgets($f));
fclose($f);
try { file_get_contents("a\0b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { fopen("a\0b", "r"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { file_put_contents("a\0b", "x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$c = stream_context_create(["http" => ["method" => "POST"]]);
var_dump(stream_context_get_params($c));
var_dump(stream_context_set_params($c, ["options" => ["http" => ["timeout" => 5], "ftp" => ["x" => 1]], "notification" => "strlen"]));
var_dump(stream_context_get_params($c));
var_dump(stream_context_get_options($c));
$def = stream_context_get_default();
var_dump(get_resource_type($def), stream_context_get_options($def));
var_dump(stream_context_set_default(["http" => ["user_agent" => "x"]]) === $def);
var_dump(stream_context_get_options(stream_context_get_default()));
try { stream_context_set_params($c, ["options" => 1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_context_get_params(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(STREAM_URL_STAT_QUIET, STREAM_MKDIR_RECURSIVE, STREAM_PF_UNIX, STREAM_IS_URL, STREAM_META_ACCESS, STREAM_CLIENT_CONNECT);
unlink("$d/inc/found.txt"); rmdir("$d/inc"); chdir("/"); rmdir($d);
--EXPECT--
string(18) "line one
line two
"
bool(false)
array(2) {
  [0]=>
  string(8) "line one"
  [1]=>
  string(8) "line two"
}
line one
line two
int(18)
string(9) "line one
"
file_get_contents(): Argument #1 ($filename) must not contain any null bytes
fopen(): Argument #1 ($filename) must not contain any null bytes
file_put_contents(): Argument #1 ($filename) must not contain any null bytes
array(1) {
  ["options"]=>
  array(1) {
    ["http"]=>
    array(1) {
      ["method"]=>
      string(4) "POST"
    }
  }
}
bool(true)
array(2) {
  ["notification"]=>
  string(6) "strlen"
  ["options"]=>
  array(2) {
    ["http"]=>
    array(2) {
      ["method"]=>
      string(4) "POST"
      ["timeout"]=>
      int(5)
    }
    ["ftp"]=>
    array(1) {
      ["x"]=>
      int(1)
    }
  }
}
array(2) {
  ["http"]=>
  array(2) {
    ["method"]=>
    string(4) "POST"
    ["timeout"]=>
    int(5)
  }
  ["ftp"]=>
  array(1) {
    ["x"]=>
    int(1)
  }
}
string(14) "stream-context"
array(0) {
}
bool(true)
array(1) {
  ["http"]=>
  array(1) {
    ["user_agent"]=>
    string(1) "x"
  }
}
Invalid stream/context parameter
stream_context_get_params(): Argument #1 ($context) must be of type resource, int given
int(2)
int(1)
int(1)
int(1)
int(6)
int(4)
