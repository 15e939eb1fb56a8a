--TEST--
Calls from builtins that pass a value where a user function takes a reference warn, as PHP's callbacks do
--FILE--
<?php
function ref(&$r) { $r++; }
$a = [1, 2];
array_walk($a, function (&$v, $k) { $v *= 10; });
var_dump($a);
usort($a, function (&$x, &$y) { return $x <=> $y; });
$x = 1;
call_user_func('ref', $x);
call_user_func_array('ref', [&$x]);
var_dump($x);
var_dump(array_map(function (&$v) { return $v; }, [1]));
echo preg_replace_callback('/a/', function (&$m) { return 'b'; }, 'aa'), "\n";
$rm = new ReflectionFunction('ref');
$rm->invokeArgs([&$x]); var_dump($x);
$arr = [3, 1];
array_walk_recursive($arr, function (&$v) { $v++; });
var_dump($arr);
uasort($arr, fn(&$a, &$b) => $a <=> $b);
--EXPECTF--
array(2) {
  [0]=>
  int(10)
  [1]=>
  int(20)
}

Warning: {closure}(): Argument #1 ($x) must be passed by reference, value given in %s on line 6

Warning: {closure}(): Argument #2 ($y) must be passed by reference, value given in %s on line 6

Warning: ref(): Argument #1 ($r) must be passed by reference, value given in %s on line 8
int(2)

Warning: {closure}(): Argument #1 ($v) must be passed by reference, value given in %s on line 11
array(1) {
  [0]=>
  int(1)
}

Warning: {closure}(): Argument #1 ($m) must be passed by reference, value given in %s on line 12

Warning: {closure}(): Argument #1 ($m) must be passed by reference, value given in %s on line 12
bb
int(3)
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(2)
}

Warning: {closure}(): Argument #1 ($a) must be passed by reference, value given in %s on line 18

Warning: {closure}(): Argument #2 ($b) must be passed by reference, value given in %s on line 18
