--TEST--
array_fill_keys and array_combine make non-int keys strings (floats, bools, null, objects with __toString), numeric strings ints
--FILE--
<?php
class K { function __toString(): string { return "obj"; } }
$keys = [1, 1.5, 2.0, true, false, null, "3", "03", new K, -0.0];
var_dump(array_fill_keys($keys, 'v'));
var_dump(array_combine($keys, range(1, count($keys))));
var_dump(array_fill_keys([[1]], 0));
try {
    array_combine([new stdClass], [1]);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECTF--
array(8) {
  [1]=>
  string(1) "v"
  ["1.5"]=>
  string(1) "v"
  [2]=>
  string(1) "v"
  [""]=>
  string(1) "v"
  [3]=>
  string(1) "v"
  ["03"]=>
  string(1) "v"
  ["obj"]=>
  string(1) "v"
  ["-0"]=>
  string(1) "v"
}
array(8) {
  [1]=>
  int(4)
  ["1.5"]=>
  int(2)
  [2]=>
  int(3)
  [""]=>
  int(6)
  [3]=>
  int(7)
  ["03"]=>
  int(8)
  ["obj"]=>
  int(9)
  ["-0"]=>
  int(10)
}

Warning: Array to string conversion in %s on line 6
array(1) {
  ["Array"]=>
  int(0)
}
Error: Object of class stdClass could not be converted to string
