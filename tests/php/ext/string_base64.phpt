--TEST--
base64_encode and base64_decode (strict and not)
--FILE--
<?php
var_dump(base64_encode(""), base64_encode("f"), base64_encode("fo"), base64_encode("foo"), base64_encode("hello\xff\x00"));
foreach (["aGVsbG8=", "aGVs bG8", "aGVs*bG8", "aGVsbG8=x", "aGVsbA", "a", "aGVsbG8==", "aGVsbG8===", "Zm9v\nYmFy", "", "===="] as $s) {
    var_dump(base64_decode($s), base64_decode($s, true));
}
var_dump(base64_decode(base64_encode("\x00\x01\xfe\xff")) === "\x00\x01\xfe\xff");
--EXPECT--
string(0) ""
string(4) "Zg=="
string(4) "Zm8="
string(4) "Zm9v"
string(12) "aGVsbG//AA=="
string(5) "hello"
string(5) "hello"
string(5) "hello"
string(5) "hello"
string(5) "hello"
bool(false)
string(6) "hello1"
bool(false)
string(4) "hell"
string(4) "hell"
string(0) ""
bool(false)
string(5) "hello"
bool(false)
string(5) "hello"
bool(false)
string(6) "foobar"
string(6) "foobar"
string(0) ""
string(0) ""
string(0) ""
bool(false)
bool(true)
