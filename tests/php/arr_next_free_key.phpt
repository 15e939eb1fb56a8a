--TEST--
arr: next free key after negative, string and unset keys (PHP 8.x rules)
--FILE--
<?php
$a = [-5 => 'a'];
$a[] = 'b';
var_dump(array_keys($a));
$b = ['x' => 1];
$b[] = 2;
var_dump(array_keys($b));
$c = [3 => 'a', 1 => 'b'];
$c[] = 'c';
var_dump(array_keys($c));
$d = [1, 2, 3];
unset($d[2]);
$d[] = 'after unset';
var_dump(array_keys($d));
$e = [1, 2, 3];
array_pop($e);
$e[] = 'after pop';
var_dump(array_keys($e));
$f = ["5" => 'five'];
$f[] = 'six';
var_dump(array_keys($f));
$g = [-10 => 'x', -20 => 'y'];
$g[] = 'z';
var_dump(array_keys($g));
$h = array_fill(-3, 3, 0);
var_dump(array_keys($h));
$i = [];
$i[-1] = 'n';
$i[] = 'next';
var_dump($i);
--EXPECT--
array(2) {
  [0]=>
  int(-5)
  [1]=>
  int(-4)
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  int(0)
}
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(4)
}
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
array(2) {
  [0]=>
  int(5)
  [1]=>
  int(6)
}
array(3) {
  [0]=>
  int(-10)
  [1]=>
  int(-20)
  [2]=>
  int(-9)
}
array(3) {
  [0]=>
  int(-3)
  [1]=>
  int(-2)
  [2]=>
  int(-1)
}
array(2) {
  [-1]=>
  string(1) "n"
  [0]=>
  string(4) "next"
}
