--TEST--
fn: builtins in coercive mode convert scalars, reject arrays, and warn for non-numeric strings as TypeError
--FILE--
<?php
function t($f) { try { var_dump($f()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; } }
t(fn() => strlen(123));
t(fn() => strlen(1.5));
t(fn() => strlen(true));
t(fn() => strlen([]));
t(fn() => str_repeat("ab", "2"));
t(fn() => str_repeat("ab", "2.0"));
t(fn() => str_repeat("ab", "two"));
t(fn() => str_repeat("ab", 2.0));
t(fn() => abs("-5"));
t(fn() => abs("x"));
t(fn() => round("2.5"));
t(fn() => max("10", "9"));
t(fn() => max("abc", 0));
t(fn() => max([1, 2], [1, 3]));
t(fn() => min(1, "1"));
t(fn() => array_sum([1, "2", "3.5"]));
t(fn() => in_array("1e1", ["10"]));
t(fn() => str_pad("x", "5", "-"));
t(fn() => substr("abcdef", "2", "2"));
t(fn() => implode(",", [1, null, false, 2.0]));
--EXPECT--
int(3)
int(3)
int(1)
strlen(): Argument #1 ($string) must be of type string, array given
string(4) "abab"
string(4) "abab"
str_repeat(): Argument #2 ($times) must be of type int, string given
string(4) "abab"
int(5)
abs(): Argument #1 ($num) must be of type int|float, string given
float(3)
string(2) "10"
string(3) "abc"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
int(1)
float(6.5)
bool(true)
string(5) "x----"
string(2) "cd"
string(5) "1,,,2"
