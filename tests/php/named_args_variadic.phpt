--TEST--
named arguments collected by a variadic parameter, from calls, unpacking, call_user_func_array and __invoke
--FILE--
<?php
function f($a, ...$rest) { var_dump($a, $rest); }
f(1, 2, x: 3, y: 4);
f(a: 5, z: 6);
$args = ['q' => 7];
f(0, ...$args);
call_user_func_array('f', [1, 'k' => 2]);
class C { public function __invoke(...$xs) { return $xs; } }
var_dump((new C)(1, n: 2));
function g(...$all) { return array_keys($all); }
print_r(g(...['a' => 1, 'b' => 2]));
try { f(1, a: 2); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(1)
array(3) {
  [0]=>
  int(2)
  ["x"]=>
  int(3)
  ["y"]=>
  int(4)
}
int(5)
array(1) {
  ["z"]=>
  int(6)
}
int(0)
array(1) {
  ["q"]=>
  int(7)
}
int(1)
array(1) {
  ["k"]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  ["n"]=>
  int(2)
}
Array
(
    [0] => a
    [1] => b
)
Named parameter $a overwrites previous argument
