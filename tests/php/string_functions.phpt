--TEST--
string_functions: a small program exercising string functions
--FILE--
<?php
$s = "Hello, World";
var_dump(strlen($s), strtoupper($s), strtolower($s), ucfirst("abc"), ucwords("hello big world"), lcfirst("ABC"));
var_dump(substr($s, 7), substr($s, -5, 3), substr($s, 3, -3), substr("abc", 5), strpos($s, "o"), strrpos($s, "o"), strpos($s, "z"), stripos($s, "WORLD"));
var_dump(str_replace("l", "L", $s), str_replace(["a", "b"], ["1", "2"], "aabbcc"), str_repeat("ab", 3), str_pad("5", 3, "0", STR_PAD_LEFT), str_pad("x", 5, "-", STR_PAD_BOTH));
var_dump(trim("  x  "), rtrim("x\n"), ltrim("0012", "0"), trim("[a]", "[]"));
var_dump(explode(",", "a,b,,c"), implode("-", [1, 2, 3]), explode(",", "a,b,c", 2), explode(",", "a,b,c", -1));
var_dump(sprintf("%s is %d years, %.2f%% done, %5s|%-5s|%05d|%x|%b|%o|%e", "Tom", 30, 99.5, "r", "l", 42, 255, 5, 8, 12345.678));
var_dump(number_format(1234567.891), number_format(1234567.891, 2), number_format(1234.5, 2, ',', '.'), number_format(0.5));
var_dump(str_contains($s, "World"), str_starts_with($s, "Hell"), str_ends_with($s, "d"), strrev("abc"), str_split("abcdef", 4));
var_dump(ord("A"), chr(66), strcmp("a", "b"), substr_count("hello hello", "ll"), nl2br("a\nb"), strstr("user@host", "@"), strstr("user@host", "@", true));
$name = "PHP"; $arr = ['k' => 'v', 3 => 'three']; $o = new stdClass; $o->p = "prop";
echo "Name: $name, {$name}s, ${name}, $arr[k], {$arr['k']}, $arr[3], $o->p, {$o->p}\n";
echo 'single $name\n', "\n";
echo "esc: \t|\\|\$|\x41|\101|\u{1F600}\n";
printf("%'*10s|%+d|%+d\n", "pad", 5, -5);
echo sprintf("%08.3f", -3.14159), "\n";
echo implode(",", str_split("abc")), "\n";
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 13
int(12)
string(12) "HELLO, WORLD"
string(12) "hello, world"
string(3) "Abc"
string(15) "Hello Big World"
string(3) "aBC"
string(5) "World"
string(3) "Wor"
string(6) "lo, Wo"
string(0) ""
int(4)
int(8)
bool(false)
int(7)
string(12) "HeLLo, WorLd"
string(6) "1122cc"
string(6) "ababab"
string(3) "005"
string(5) "--x--"
string(1) "x"
string(1) "x"
string(2) "12"
string(1) "a"
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
string(5) "1-2-3"
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b,c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
string(69) "Tom is 30 years, 99.50% done,     r|l    |00042|ff|101|10|1.234568e+4"
string(9) "1,234,568"
string(12) "1,234,567.89"
string(8) "1.234,50"
string(1) "1"
bool(true)
bool(true)
bool(true)
string(3) "cba"
array(2) {
  [0]=>
  string(4) "abcd"
  [1]=>
  string(2) "ef"
}
int(65)
string(1) "B"
int(-1)
int(2)
string(9) "a<br />
b"
string(5) "@host"
string(4) "user"
Name: PHP, PHPs, PHP, v, v, three, prop, prop
single $name\n
esc: 	|\|$|A|A|😀
*******pad|+5|-5
-003.142
a,b,c
