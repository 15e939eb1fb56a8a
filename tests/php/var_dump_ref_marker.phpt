--TEST--
var: var_dump marks with & an array element or property that is a reference still bound to a
variable (after foreach by reference, $x = &$a[i], global, by-reference arguments)
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as &$v) {}
var_dump($a);
unset($v);
var_dump($a);
$b = ['x' => [1], 'y' => 2];
$r = &$b['x'];
var_dump($b);
$o = new stdClass;
$o->p = 1;
$o->q = [5];
$s = &$o->p;
var_dump($o);
function f(&$x, &$y) { var_dump($GLOBALS['c']); }
$c = [10, 20];
f($c[0], $c[1]);
var_dump($c);
$self = [1];
$self[] = &$self;
var_dump($self);
function g() {
    static $st = [1, 2];
    $t = &$st[1];
    var_dump($st);
}
g();
$nested = [[1, 2], [3]];
foreach ($nested as &$row) {
    foreach ($row as &$cell) {}
}
var_dump($nested);
print_r($nested);
echo "\n";
var_export($nested);
echo "\n";
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  &int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  ["x"]=>
  &array(1) {
    [0]=>
    int(1)
  }
  ["y"]=>
  int(2)
}
object(stdClass)#1 (2) {
  ["p"]=>
  &int(1)
  ["q"]=>
  array(1) {
    [0]=>
    int(5)
  }
}
array(2) {
  [0]=>
  &int(10)
  [1]=>
  &int(20)
}
array(2) {
  [0]=>
  int(10)
  [1]=>
  int(20)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  *RECURSION*
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  &int(2)
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  &array(1) {
    [0]=>
    &int(3)
  }
}
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => 2
        )

    [1] => Array
        (
            [0] => 3
        )

)

array (
  0 => 
  array (
    0 => 1,
    1 => 2,
  ),
  1 => 
  array (
    0 => 3,
  ),
)
