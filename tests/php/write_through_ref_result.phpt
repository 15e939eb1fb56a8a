--TEST--
writes through the result of a function returning by reference reach the variable it refers to (g()[] = v, foreach (g() as &$v)); through a by-value result they do not; (float)"-0" is -0.0
--FILE--
<?php
$a = [1, 2];
function &g() { global $a; return $a; }
function v() { global $a; return $a; }
g()[] = 3;
v()[] = 4;
var_dump($a);
foreach (v() as &$x) { $x *= 10; }
unset($x);
var_dump($a);
foreach (g() as &$x) { $x *= 10; }
unset($x);
var_dump($a);
class K { public $items = ['a' => 1]; function &items() { return $this->items; } }
$k = new K;
$k->items()['b'] = 2;
foreach ($k->items() as &$i) { $i++; }
unset($i);
var_dump($k->items);
var_dump((float)"-0", (float)" -0", floatval("-0"), -0.0 === (float)"-0");
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
array(2) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(3)
}
float(-0)
float(-0)
float(-0)
bool(true)
