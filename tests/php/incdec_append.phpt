--TEST--
Increment and decrement of a new element ($a[]++ appends null, then the operator), on arrays and nested arrays
--FILE--
<?php
$a = [5 => 'x'];
var_dump($a[]++);
$a[]--;
++$a[];
--$a[];
var_dump($a);
$n = ['in' => []];
$n['in'][]++;
var_dump($n);
--EXPECT--
NULL
array(5) {
  [5]=>
  string(1) "x"
  [6]=>
  int(1)
  [7]=>
  NULL
  [8]=>
  int(1)
  [9]=>
  NULL
}
array(1) {
  ["in"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
