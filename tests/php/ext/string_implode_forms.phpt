--TEST--
implode/join argument forms: separator and array, the array alone (or with null), both arrays, non-array pieces, resources and objects as separators, null separator deprecation, values of every type
--FILE--
<?php
foreach ([fn() => implode(1, [1, 2]), fn() => implode([1, 2], "x"), fn() => implode("x"), fn() => implode(null, [1, 2]), fn() => implode([1], [2]), fn() => join([1], [2]), fn() => implode([1, 2]), fn() => join(", ", ["a", "b", 1.5, true, null]), fn() => implode(STDIN, [1]), fn() => join(new stdClass, [1]), fn() => implode(",", "x"), fn() => implode(", ", [[1]]), fn() => implode(",", [])] as $f) {
    try { var_dump($f()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(implode([1, 2], null));
--EXPECTF--
string(3) "112"
implode(): Argument #2 ($array) must be of type ?array, string given
implode(): Argument #1 ($array) must be of type array, string given

Deprecated: implode(): Passing null to parameter #1 ($separator) of type array|string is deprecated in %s on line 2
string(2) "12"
implode(): Argument #1 ($separator) must be of type string, array given
join(): Argument #1 ($separator) must be of type string, array given
string(2) "12"
string(14) "a, b, 1.5, 1, "
implode(): Argument #1 ($separator) must be of type array|string, resource given
join(): Argument #1 ($separator) must be of type array|string, stdClass given
implode(): Argument #2 ($array) must be of type ?array, string given

Warning: Array to string conversion in %s on line 2
string(5) "Array"
string(0) ""
string(2) "12"
