--TEST--
mbstring on UTF-8, ISO-8859-1 and ASCII: lengths, substrings, searches, splits, full and simple case mapping, encoding checks and conversions, errors
--INI--
extension=mbstring
--FILE--
<?php
$strs = ["héllo wörld", "ΣΑΣ σας", "straße", "İstanbul", "ǆemal", "o'neil mcdonald-smith", "ﬀ ﬁx", "abc\xffdef", "", "日本語テキスト", "hello_world foo.bar"];
foreach ($strs as $s) {
    echo json_encode($s), " len=", mb_strlen($s), " up=", mb_strtoupper($s), " low=", mb_strtolower($s), "\n";
    foreach ([MB_CASE_UPPER, MB_CASE_LOWER, MB_CASE_TITLE, MB_CASE_FOLD, MB_CASE_UPPER_SIMPLE, MB_CASE_LOWER_SIMPLE, MB_CASE_TITLE_SIMPLE, MB_CASE_FOLD_SIMPLE] as $m)
        echo "  $m: ", mb_convert_case($s, $m), "\n";
}
$s = "日本語テキストです";
var_dump(mb_substr($s, 2), mb_substr($s, -3), mb_substr($s, 1, 3), mb_substr($s, 1, -2), mb_substr($s, -5, -2), mb_substr($s, 20), mb_substr($s, 3, 0), mb_substr($s, -20, 2));
var_dump(mb_strpos($s, "テ"), mb_strpos($s, "x"), mb_strpos($s, "語", 3), mb_strpos($s, ""), mb_strpos($s, "す", -3), mb_strrpos("aXbXc", "X"), mb_strrpos("aXbXc", "X", -2), mb_strrpos("aXbXc", "X", -3));
var_dump(mb_stripos("HÉLLO héllo", "éL"), mb_strripos("HÉLLO héllo", "éL"), mb_stripos("ABC", "c", -1));
try { mb_strpos("abc", "a", 5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { mb_strrpos("abc", "a", -5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
print_r(mb_str_split("añb日本", 1)); print_r(mb_str_split("añb日本", 2)); print_r(mb_str_split(""));
try { mb_str_split("a", 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(mb_substr_count("ababab", "ab"), mb_substr_count("日本日本日", "日"), mb_substr_count("aaa", "aa"));
try { mb_substr_count("a", ""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(mb_internal_encoding(), mb_internal_encoding("UTF-8"), mb_internal_encoding());
try { mb_internal_encoding("nope"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(mb_check_encoding("héllo"), mb_check_encoding("h\xe9llo"), mb_check_encoding("\xed\xa0\x80"), mb_check_encoding("\xc0\xaf"), mb_check_encoding("h\xe9llo", "ISO-8859-1"), mb_check_encoding("\x80", "ASCII"), mb_check_encoding(["a" => "b", "c" => ["\xff"]]));
var_dump(mb_convert_encoding("héllo €", "ISO-8859-1", "UTF-8") === "h\xe9llo ?", mb_convert_encoding("h\xe9llo", "UTF-8", "ISO-8859-1"), mb_convert_encoding("héllo", "ASCII", "UTF-8"), mb_convert_encoding("abc\xff", "UTF-8", "UTF-8"));
var_dump(mb_strlen("h\xe9llo", "latin1"), mb_substr("h\xe9llo", 1, 2, "ISO-8859-1") === "\xe9l", mb_strtoupper("h\xe9llo", "ISO-8859-1") === "H\xe9LLO");
try { mb_strlen("x", "bogus"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { mb_convert_encoding("x", "bogus"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { mb_convert_case("x", 99); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(mb_ord("€"), mb_chr(0x1F600), mb_chr(0xD800), mb_ord("A"));
print_r(mb_convert_encoding(["k\xe9" => "v\xe9"], "UTF-8", "ISO-8859-1"));
--EXPECT--
"h\u00e9llo w\u00f6rld" len=11 up=HÉLLO WÖRLD low=héllo wörld
  0: HÉLLO WÖRLD
  1: héllo wörld
  2: Héllo Wörld
  3: héllo wörld
  4: HÉLLO WÖRLD
  5: héllo wörld
  6: Héllo Wörld
  7: héllo wörld
"\u03a3\u0391\u03a3 \u03c3\u03b1\u03c2" len=7 up=ΣΑΣ ΣΑΣ low=σασ σας
  0: ΣΑΣ ΣΑΣ
  1: σασ σας
  2: Σασ Σας
  3: σασ σασ
  4: ΣΑΣ ΣΑΣ
  5: σασ σας
  6: Σασ Σας
  7: σασ σασ
"stra\u00dfe" len=6 up=STRASSE low=straße
  0: STRASSE
  1: straße
  2: Straße
  3: strasse
  4: STRAßE
  5: straße
  6: Straße
  7: straße
"\u0130stanbul" len=8 up=İSTANBUL low=i̇stanbul
  0: İSTANBUL
  1: i̇stanbul
  2: İstanbul
  3: i̇stanbul
  4: İSTANBUL
  5: istanbul
  6: İstanbul
  7: İstanbul
"\u01c6emal" len=5 up=ǄEMAL low=ǆemal
  0: ǄEMAL
  1: ǆemal
  2: ǅemal
  3: ǆemal
  4: ǄEMAL
  5: ǆemal
  6: ǅemal
  7: ǆemal
"o'neil mcdonald-smith" len=21 up=O'NEIL MCDONALD-SMITH low=o'neil mcdonald-smith
  0: O'NEIL MCDONALD-SMITH
  1: o'neil mcdonald-smith
  2: O'neil Mcdonald-Smith
  3: o'neil mcdonald-smith
  4: O'NEIL MCDONALD-SMITH
  5: o'neil mcdonald-smith
  6: O'neil Mcdonald-Smith
  7: o'neil mcdonald-smith
"\ufb00 \ufb01x" len=4 up=FF FIX low=ﬀ ﬁx
  0: FF FIX
  1: ﬀ ﬁx
  2: Ff Fix
  3: ff fix
  4: ﬀ ﬁX
  5: ﬀ ﬁx
  6: ﬀ ﬁx
  7: ﬀ ﬁx
 len=7 up=ABC?DEF low=abc?def
  0: ABC?DEF
  1: abc?def
  2: Abc?def
  3: abc?def
  4: ABC?DEF
  5: abc?def
  6: Abc?def
  7: abc?def
"" len=0 up= low=
  0: 
  1: 
  2: 
  3: 
  4: 
  5: 
  6: 
  7: 
"\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8" len=7 up=日本語テキスト low=日本語テキスト
  0: 日本語テキスト
  1: 日本語テキスト
  2: 日本語テキスト
  3: 日本語テキスト
  4: 日本語テキスト
  5: 日本語テキスト
  6: 日本語テキスト
  7: 日本語テキスト
"hello_world foo.bar" len=19 up=HELLO_WORLD FOO.BAR low=hello_world foo.bar
  0: HELLO_WORLD FOO.BAR
  1: hello_world foo.bar
  2: Hello_World Foo.bar
  3: hello_world foo.bar
  4: HELLO_WORLD FOO.BAR
  5: hello_world foo.bar
  6: Hello_World Foo.bar
  7: hello_world foo.bar
string(21) "語テキストです"
string(9) "トです"
string(9) "本語テ"
string(18) "本語テキスト"
string(9) "キスト"
string(0) ""
string(0) ""
string(6) "日本"
int(3)
bool(false)
bool(false)
int(0)
int(8)
int(3)
int(3)
int(1)
int(1)
int(7)
int(2)
mb_strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
mb_strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
Array
(
    [0] => a
    [1] => ñ
    [2] => b
    [3] => 日
    [4] => 本
)
Array
(
    [0] => añ
    [1] => b日
    [2] => 本
)
Array
(
)
mb_str_split(): Argument #2 ($length) must be greater than 0
int(3)
int(3)
int(1)
mb_substr_count(): Argument #2 ($needle) must not be empty
string(5) "UTF-8"
bool(true)
string(5) "UTF-8"
mb_internal_encoding(): Argument #1 ($encoding) must be a valid encoding, "nope" given
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
string(6) "héllo"
string(5) "h?llo"
string(4) "abc?"
int(5)
bool(true)
bool(false)
mb_strlen(): Argument #2 ($encoding) must be a valid encoding, "bogus" given
mb_convert_encoding(): Argument #2 ($to_encoding) must be a valid encoding, "bogus" given
mb_convert_case(): Argument #2 ($mode) must be one of the MB_CASE_* constants
int(8364)
string(4) "😀"
bool(false)
int(65)
Array
(
    [ké] => vé
)
