--TEST--
mbstring: substitute characters, mb_scrub, mb_strstr/stristr/strrchr/strrichr, mb_detect_encoding, fixed settings
--INI--
extension=mbstring
--FILE--
<?php
var_dump(mb_substitute_character(), mb_convert_encoding("a€b", "ISO-8859-1", "UTF-8"), mb_substitute_character("none"), mb_substitute_character(), mb_convert_encoding("a€b", "ISO-8859-1", "UTF-8"), mb_substitute_character(0x2A), mb_convert_encoding("a€b", "ASCII", "UTF-8"), mb_scrub("a\xffb"), mb_substitute_character(63));
try { mb_substitute_character("bogus"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(mb_strstr("hello wörld", "ö"), mb_strstr("hello wörld", "o", true), mb_stristr("HÉLLO", "él"), mb_strrchr("a/b/c", "/"), mb_strrchr("a/b/c", "/", true), mb_strrichr("aXbxc", "x"), mb_strstr("x", "y"));
var_dump(mb_detect_encoding("abc"), mb_detect_encoding("héllo"), mb_detect_encoding("h\xe9llo"), mb_detect_encoding("h\xe9llo", ["UTF-8", "ISO-8859-1"]), mb_detect_encoding("h\xe9llo", "ASCII, UTF-8", true), mb_detect_encoding("abc", "UTF-8,ASCII"));
try { mb_detect_encoding("x", "NOPE"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(mb_http_output(), mb_language(), mb_detect_order());
--EXPECT--
int(63)
string(3) "a?b"
bool(true)
string(4) "none"
string(2) "ab"
bool(true)
string(3) "a*b"
string(3) "a*b"
bool(true)
mb_substitute_character(): Argument #1 ($substitute_character) must be "none", "long", "entity" or a valid codepoint
string(5) "örld"
string(4) "hell"
string(5) "ÉLLO"
string(2) "/c"
string(3) "a/b"
string(2) "xc"
bool(false)
string(5) "ASCII"
string(5) "UTF-8"
string(5) "UTF-8"
string(10) "ISO-8859-1"
bool(false)
string(5) "UTF-8"
mb_detect_encoding(): Argument #2 ($encodings) contains invalid encoding "NOPE"
string(5) "UTF-8"
string(7) "neutral"
array(2) {
  [0]=>
  string(5) "ASCII"
  [1]=>
  string(5) "UTF-8"
}
