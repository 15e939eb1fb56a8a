--TEST--
substr_replace over arrays of strings (per-element offsets, lengths and replacements, keys kept), array replacements on one string, and its type errors
--FILE--
<?php
$words = ['a' => 'Hello World', 'b' => 'ABCDEFG', 5 => 'xyz'];
var_dump(substr_replace($words, 'Q', 1, 2));
var_dump(substr_replace($words, ['1', '2'], [0, -3], [1]));
var_dump(substr_replace($words, '-', [2, 100]));
var_dump(substr_replace($words, [], 1, -1));
var_dump(substr_replace($words, 'Z', 0, null));
var_dump(substr_replace('Hello', ['J', 'K'], 0, 1));
var_dump(substr_replace('Hello', [], 1, 2));
var_dump(substr_replace('Hello', 'p!', -2, PHP_INT_MAX));
var_dump(substr_replace('Hello', 'X', PHP_INT_MIN, -2));
var_dump(substr_replace([10, 2.5, true], 'n', 1));
foreach ([
    fn() => substr_replace('abc', 'x', [1]),
    fn() => substr_replace('abc', 'x', 1, [1]),
    fn() => substr_replace('abc', 'x', 'one'),
    fn() => substr_replace(new stdClass, 'x', 1),
    fn() => substr_replace('abc', 'x', 1, 'two'),
    fn() => strip_tags('<b>x</b>', STDIN),
] as $f) {
    try {
        var_dump($f());
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
--EXPECT--
array(3) {
  ["a"]=>
  string(10) "HQlo World"
  ["b"]=>
  string(6) "AQDEFG"
  [5]=>
  string(2) "xQ"
}
array(3) {
  ["a"]=>
  string(11) "1ello World"
  ["b"]=>
  string(5) "ABCD2"
  [5]=>
  string(0) ""
}
array(3) {
  ["a"]=>
  string(3) "He-"
  ["b"]=>
  string(8) "ABCDEFG-"
  [5]=>
  string(1) "-"
}
array(3) {
  ["a"]=>
  string(2) "Hd"
  ["b"]=>
  string(2) "AG"
  [5]=>
  string(2) "xz"
}
array(3) {
  ["a"]=>
  string(1) "Z"
  ["b"]=>
  string(1) "Z"
  [5]=>
  string(1) "Z"
}
string(5) "Jello"
string(3) "Hlo"
string(5) "Help!"
string(3) "Xlo"
array(3) {
  [0]=>
  string(2) "1n"
  [1]=>
  string(2) "2n"
  [2]=>
  string(2) "1n"
}
TypeError: substr_replace(): Argument #3 ($offset) cannot be an array when working on a single string
TypeError: substr_replace(): Argument #4 ($length) cannot be an array when working on a single string
TypeError: substr_replace(): Argument #3 ($offset) must be of type array|int, string given
TypeError: substr_replace(): Argument #1 ($string) must be of type array|string, stdClass given
TypeError: substr_replace(): Argument #4 ($length) must be of type array|int|null, string given
TypeError: strip_tags(): Argument #2 ($allowed_tags) must be of type array|string|null, resource given
