--TEST--
Spreads: keys that are neither int nor string, numeric string keys in array literals; a
builtin's by-reference parameter given a value by call_user_func; variadic parameters' errors
--FILE--
<?php
function gen() {
    yield 1.5 => 'a';
}
function keyed() {
    yield '7' => 'seven';
    yield 'x' => 'ex';
}
function take(...$args) { return $args; }
try {
    var_dump([...gen()]);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    var_dump(take(...gen()));
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump([...keyed()]);
var_dump(call_user_func('sort', [3, 1]));
$a = [3, 1];
var_dump(call_user_func_array('array_push', [&$a, 5]), $a);
function refs(&...$all) {}
try {
    refs(1);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
Keys must be of type int|string during array unpacking
Keys must be of type int|string during argument unpacking
array(2) {
  [0]=>
  string(5) "seven"
  ["x"]=>
  string(2) "ex"
}

Warning: sort(): Argument #1 ($array) must be passed by reference, value given in %s on line 21
bool(true)
int(3)
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(5)
}
refs(): Argument #1 cannot be passed by reference
