--TEST--
trim's '..'-range warnings, substr_count's offset/length window, strrpos bounds, binary-safe case-insensitive search and strcasecmp's differences
--FILE--
<?php
foreach (["..a", "a..", "z..a", "a..b..c", "a..c"] as $mask) var_dump(trim("abcxcba", $mask));
var_dump(ltrim("..x", "."), rtrim("x\0\0"), trim("\0 x \t"));
$h = "hello hello hello";
var_dump(substr_count($h, "hello", 1), substr_count($h, "hello", -5), substr_count($h, "hello", 0, 11),
         substr_count($h, "hello", 6, -1), substr_count($h, "l", 3, null), substr_count("aaa", "aa"));
foreach ([[20, null], [-20, null], [0, 18], [5, -13]] as [$o, $l]) {
    try { var_dump(substr_count($h, "l", $o, $l)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
foreach ([PHP_INT_MAX, -PHP_INT_MAX, PHP_INT_MIN, -4, 4, 5] as $o) {
    try { var_dump(strrpos("abcd", "c", $o), strripos("ABCD", "c", $o)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
$b = "\0Hello\0World\0";
var_dump(stripos($b, "hello\0WORLD"), stripos($b, "\0w"), strripos($b, "O\0"), stristr($b, "o\0w") !== false);
var_dump(strcasecmp("a", "c"), strcasecmp("HELLO", "hello"), strcasecmp("ab", "abc"), strcasecmp("abcd", "ab"),
         strcasecmp("a\0b", "a\0c"), strncasecmp("abc", "ABD", 3), strncasecmp("abc", "ABD", 2), strncasecmp("a", "xyz", 5));
--EXPECTF--

Warning: trim(): Invalid '..'-range, no character to the left of '..' in %s on line 2
string(5) "bcxcb"

Warning: trim(): Invalid '..'-range, no character to the right of '..' in %s on line 2
string(5) "bcxcb"

Warning: trim(): Invalid '..'-range, '..'-range needs to be incrementing in %s on line 2
string(5) "bcxcb"

Warning: trim(): Invalid '..'-range in %s on line 2
string(1) "x"
string(1) "x"
string(1) "x"
string(1) "x"
string(1) "x"
int(2)
int(1)
int(2)
int(1)
int(5)
int(1)
substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack)
substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack)
strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
bool(false)
bool(false)
bool(false)
bool(false)
strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
int(1)
int(6)
int(5)
bool(true)
int(-2)
int(0)
int(-1)
int(1)
int(-1)
int(-1)
int(0)
int(-23)
