--TEST--
calls: named arguments through call_user_func and call_user_func_array, unknown names, variadics collecting them
--FILE--
<?php
function f($a, $b = 2, ...$rest) { var_dump($a, $b, $rest); }
call_user_func_array('f', ['a' => 1, 'z' => 3]);
call_user_func_array('f', [1, 2, 3, 'q' => 4]);
function g($a) {}
try { g(1, x: 2); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { call_user_func_array('g', ['a' => 1, 'x' => 2]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { call_user_func_array('g', ['x' => 2]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { call_user_func_array('g', [1, 'a' => 2]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { call_user_func_array('g', ['a' => 2, 3]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
f(1, 2, 3, q: 4, r: 5);
f(...['a' => 1, 'x' => 2]);
try { strlen(foo: 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { var_dump(array_fill(start_index: 0, count: 2, value: 'x')); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class A { function m($x, ...$r) { var_dump($x, $r); } static function s($p) { var_dump($p); } }
call_user_func([new A, 'm'], x: 1, y: 2);
call_user_func_array('A::s', ['p' => 5]);
$c = function($a, $b) { return "$a-$b"; };
echo call_user_func($c, b: 'B', a: 'A'), "\n";
echo call_user_func_array($c, ['b' => 'B', 'a' => 'A']), "\n";
try { call_user_func($c, 'x', a: 'A'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function h(...$all) { var_dump($all); }
call_user_func("h", 1, k: 2);
call_user_func_array("call_user_func", ["h", "v", "w" => 3]);
try { call_user_func("strlen", "abc", nope: 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo call_user_func("str_pad", "7", pad_string: "0", length: 3, pad_type: STR_PAD_LEFT), "\n";
--EXPECT--
int(1)
int(2)
array(1) {
  ["z"]=>
  int(3)
}
int(1)
int(2)
array(2) {
  [0]=>
  int(3)
  ["q"]=>
  int(4)
}
Unknown named parameter $x
Unknown named parameter $x
Unknown named parameter $x
Named parameter $a overwrites previous argument
Cannot use positional argument after named argument
int(1)
int(2)
array(3) {
  [0]=>
  int(3)
  ["q"]=>
  int(4)
  ["r"]=>
  int(5)
}
int(1)
int(2)
array(1) {
  ["x"]=>
  int(2)
}
Unknown named parameter $foo
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "x"
}
int(1)
array(1) {
  ["y"]=>
  int(2)
}
int(5)
A-B
A-B
Named parameter $a overwrites previous argument
array(2) {
  [0]=>
  int(1)
  ["k"]=>
  int(2)
}
array(2) {
  [0]=>
  string(1) "v"
  ["w"]=>
  int(3)
}
Unknown named parameter $nope
007
