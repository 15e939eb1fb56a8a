--TEST--
streams: the data: wrapper (RFC 2397) in fopen, file_get_contents and file(): media types, parameters, base64, URL-decoding, its errors
--FILE--
<?php
var_dump(file_get_contents("data://text/plain,hello%20world"));
var_dump(file_get_contents("data:text/plain;base64,SGVsbG8="));
var_dump(file_get_contents("data:,a+b"));
var_dump(file_get_contents("data:;base64,SGk="));
var_dump(file_get_contents("data:text/plain;charset=utf-8;base64,SGk="));
var_dump(file_get_contents("data:text/plain;charset=utf-8,x"));
$f = fopen("data://text/plain,line1%0Aline2", "r");
var_dump(fgets($f), fgets($f), feof($f));
$m = stream_get_meta_data($f); var_dump($m["wrapper_type"], $m["stream_type"]);
var_dump(file("data:,a%0Ab"));
var_dump(@file_get_contents("data:nocomma"));
var_dump(file_get_contents("data:textplain,x"));
var_dump(file_get_contents("data:text/plain;foo,x"));
var_dump(file_get_contents("data:;base64,!!!"));
var_dump(fopen("data:text/plain;base64;x=y,SGk=", "r"));
--EXPECTF--
string(11) "hello world"
string(5) "Hello"
string(3) "a b"
string(2) "Hi"
string(2) "Hi"
string(1) "x"
string(6) "line1
"
string(5) "line2"
bool(true)
string(7) "RFC2397"
string(7) "RFC2397"
array(2) {
  [0]=>
  string(2) "a
"
  [1]=>
  string(1) "b"
}
bool(false)

Warning: file_get_contents(data:textplain,x): Failed to open stream: rfc2397: illegal media type in %s on line 13
bool(false)

Warning: file_get_contents(data:text/plain;foo,x): Failed to open stream: rfc2397: illegal parameter in %s on line 14
bool(false)

Warning: file_get_contents(data:;base64,!!!): Failed to open stream: rfc2397: unable to decode in %s on line 15
bool(false)

Warning: fopen(data:text/plain;base64;x=y,SGk=): Failed to open stream: rfc2397: illegal parameter in %s on line 16
bool(false)
