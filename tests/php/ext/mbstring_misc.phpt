--TEST--
mbstring on UTF-8: lengths, case mapping of special letters, substrings, searches, widths and trimming, encodings and detection, conversions to and from Latin-1, ords, scrub, splits, mb_strcut, errors
--INI--
extension=mbstring
--FILE--
<?php
$s = "Ünïcödé ẞtraße Ελληνικά 日本語";
var_dump(mb_strlen($s), mb_strtoupper($s), mb_strtolower($s), mb_substr($s, 8, 7), mb_strpos($s, "日"), mb_str_pad_exists(), mb_substr_count("ababab", "ab"), mb_strwidth("日本abc"), mb_strimwidth("Hello World", 0, 8, "..."), mb_strimwidth("日本語テキスト", 0, 7, "…"));
function mb_str_pad_exists() { return function_exists("mb_str_pad"); }
var_dump(mb_internal_encoding(), mb_check_encoding("a\xffb", "UTF-8"), mb_check_encoding("abc", "ASCII"), mb_detect_encoding("abc"), mb_detect_encoding("é", ["ASCII", "UTF-8"]), mb_convert_encoding("é", "ISO-8859-1", "UTF-8") === "\xe9", mb_convert_encoding("\xe9", "UTF-8", "ISO-8859-1"), mb_convert_case("hello WORLD", MB_CASE_TITLE), mb_ord("€"), mb_chr(8364), mb_scrub("a\xffb"), mb_substitute_character());
var_dump(mb_str_split("añb", 2), mb_strrev_exists(), mb_stristr("HeLLo", "ll"), mb_strrchr("a/b/c", "/"), mb_strstr("user@host", "@", true), mb_stripos("ÄBC", "bc"), mb_strrpos("aXbX", "X"), mb_substr("abc", -2), mb_strcut_exists());
function mb_strrev_exists() { return function_exists("mb_strrev"); } function mb_strcut_exists() { return function_exists("mb_strcut"); }
try { mb_strpos("abc", "b", 10); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { mb_convert_encoding("x", "NOPE"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(mb_strcut("日本語abc", 1, 4), mb_strcut("日本語abc", -4), mb_strcut("日本語abc", 3, -2), mb_strcut("abc", 5), mb_strcut("日本語", 0, 100), mb_strcut("abcdef", 1, 3, "UTF-16LE"));
--EXPECT--
int(27)
string(48) "ÜNÏCÖDÉ ẞTRASSE ΕΛΛΗΝΙΚΆ 日本語"
string(47) "ünïcödé ßtraße ελληνικά 日本語"
string(10) "ẞtraße "
int(24)
bool(false)
int(3)
int(7)
string(8) "Hello..."
string(12) "日本語…"
string(5) "UTF-8"
bool(false)
bool(true)
string(5) "ASCII"
string(5) "UTF-8"
bool(true)
string(2) "é"
string(11) "Hello World"
int(8364)
string(3) "€"
string(3) "a?b"
int(63)
array(2) {
  [0]=>
  string(3) "añ"
  [1]=>
  string(1) "b"
}
bool(false)
string(3) "LLo"
string(2) "/c"
string(4) "user"
int(1)
int(3)
string(2) "bc"
bool(true)
mb_strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
mb_convert_encoding(): Argument #2 ($to_encoding) must be a valid encoding, "NOPE" given
string(3) "日"
string(6) "語abc"
string(7) "本語a"
string(0) ""
string(9) "日本語"
string(2) "ab"
