--TEST--
str_search_needles: substring search where the first byte recurs without the rest, overlaps, needles at the end, long needles (strpos, str_replace, substr_count, explode)
--FILE--
<?php
$hay = str_repeat("a", 300) . "ab" . str_repeat("a", 50) . "ab";
var_dump(strpos($hay, "ab"), strrpos($hay, "ab"), substr_count($hay, "ab"));
var_dump(strpos($hay, "aab", 301), strpos($hay, "aaaaaaaaaaaaaaaaaaab"), strpos($hay, "b", 303));
var_dump(strpos($hay, "ac"), strpos(str_repeat("ab", 200) . "abc", "abc"));
var_dump(substr_count("aaaa", "aa"), substr_count("abababab", "abab"), substr_count("xyz", "xyzw"));
var_dump(str_replace("aa", "b", "aaaaa"), str_replace("ab", "[AB]", "abcab" . "ab"));
var_dump(explode("--", "a--b----c--"), explode("ab", "ab"), explode("xx", "x"));
var_dump(strpos("hello", "lo"), strpos("hello", "lo", 4), strpos("hello", "o", 4), strpos("", "a"));
var_dump(strpos("abc", "abcd"), strpos("abcabd", "abd"), strpos("a\0b\0c", "\0c"));
$long = str_repeat("xy", 40) . "z";
var_dump(strpos(str_repeat("xy", 1000) . "z", $long), substr_count(str_repeat("xyz", 100), "zx"));
$t = "";
for ($i = 0; $i < 2000; $i++)
    $t .= chr(97 + ($i * 7) % 26);
var_dump(substr_count($t, "ah"), str_replace("ah", "!", $t) === implode("!", explode("ah", $t)));
var_dump(count(explode("a", $t)), strpos($t, "zg", 1000), stripos($t, "AH", 10));
--EXPECT--
int(300)
int(352)
int(2)
int(351)
int(282)
int(353)
bool(false)
int(400)
int(2)
int(2)
int(0)
string(3) "bba"
string(13) "[AB]c[AB][AB]"
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
  [4]=>
  string(0) ""
}
array(2) {
  [0]=>
  string(0) ""
  [1]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(1) "x"
}
int(3)
bool(false)
int(4)
bool(false)
bool(false)
int(3)
int(3)
int(1920)
int(99)
int(77)
bool(true)
int(78)
int(1025)
int(26)
