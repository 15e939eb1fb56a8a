--TEST--
arr: key coercion: integer strings, bools, null, floats (with deprecation), leading zeros and signs
--FILE--
<?php
$a = [];
$a["1"] = 'string one';
$a[1] = 'int one';
$a["01"] = 'leading zero';
$a[true] = 'true';
$a[false] = 'false';
$a[null] = 'null';
$a["-5"] = 'neg string';
$a["-0"] = 'minus zero';
$a[" 2"] = 'space';
$a["9223372036854775807"] = 'max';
$a["9223372036854775808"] = 'over max';
$a[2.0] = 'float whole';
$a["1.5"] = 'float string';
var_dump($a);
var_dump(array_keys(["0" => 'a', "00" => 'b', "0.0" => 'c', "+1" => 'd', "1e1" => 'e']));
$b = [1.7 => 'x'];
var_dump($b);
$c = [];
$c[PHP_INT_MAX] = 1;
try { $c[] = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(isset($a["1"]), isset($a[1.0]), array_key_exists("1", $a));
--EXPECTF--
array(11) {
  [1]=>
  string(4) "true"
  ["01"]=>
  string(12) "leading zero"
  [0]=>
  string(5) "false"
  [""]=>
  string(4) "null"
  [-5]=>
  string(10) "neg string"
  ["-0"]=>
  string(10) "minus zero"
  [" 2"]=>
  string(5) "space"
  [9223372036854775807]=>
  string(3) "max"
  ["9223372036854775808"]=>
  string(8) "over max"
  [2]=>
  string(11) "float whole"
  ["1.5"]=>
  string(12) "float string"
}
array(5) {
  [0]=>
  int(0)
  [1]=>
  string(2) "00"
  [2]=>
  string(3) "0.0"
  [3]=>
  string(2) "+1"
  [4]=>
  string(3) "1e1"
}

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 18
array(1) {
  [1]=>
  string(1) "x"
}
Error: Cannot add element to the array as the next element is already occupied
bool(true)
bool(true)
bool(true)
