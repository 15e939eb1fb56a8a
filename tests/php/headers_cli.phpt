--TEST--
headers_cli: header functions under the CLI (no headers are kept), headers_sent, superglobals
--FILE--
<?php
$r = [headers_sent(), http_response_code(), headers_list()];
header("X-A: 1");
$r[] = headers_list();
$r[] = http_response_code();
$r[] = http_response_code(404);
$r[] = http_response_code();
header("X-B: 2", true, 500);
$r[] = http_response_code();
$r[] = setcookie("a", "b");
$r[] = php_sapi_name();
header_remove("X-B");
header("X-Evil: a\r\nX-Injected: b");
$r[] = headers_sent();
var_dump($r);
var_dump(setcookie("late", "x"));
var_dump(headers_sent($file, $line), basename($file), $line);
header("X-C: 3");
header_remove("X-A");
var_dump(is_uploaded_file(__FILE__), move_uploaded_file(__FILE__, "/nonexistent/x"));
function sg() { return [count($_GET), count($_POST), count($_COOKIE), count($_FILES), count($_REQUEST), isset($_SERVER['argv']), $_SERVER['argc']]; }
var_dump(sg());
var_dump($_SERVER['PHP_SELF'] === $_SERVER['SCRIPT_NAME'], is_float($_SERVER['REQUEST_TIME_FLOAT']), $argc);
--EXPECTF--

Warning: Header may not contain more than a single header, new line detected in %s on line 13
array(11) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  array(0) {
  }
  [3]=>
  array(0) {
  }
  [4]=>
  bool(false)
  [5]=>
  bool(true)
  [6]=>
  int(404)
  [7]=>
  int(500)
  [8]=>
  bool(true)
  [9]=>
  string(3) "cli"
  [10]=>
  bool(true)
}

Warning: Cannot modify header information - headers already sent by (output started at %s:13) in %s on line 16
bool(false)
bool(true)
string(15) "headers_cli.php"
int(13)

Warning: Cannot modify header information - headers already sent by (output started at %s:13) in %s on line 18

Warning: Cannot modify header information - headers already sent by (output started at %s:13) in %s on line 19
bool(false)
bool(false)
array(7) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(0)
  [3]=>
  int(0)
  [4]=>
  int(0)
  [5]=>
  bool(true)
  [6]=>
  int(1)
}
bool(true)
bool(true)
int(1)
