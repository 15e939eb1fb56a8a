--TEST--
references: a call result passed to a by-reference parameter (known, dynamic, method, static) is passed with the notice; array_multisort takes values quietly
--FILE--
<?php
function g() { return [3, 1, 2]; }
function h(&$a) { $a[] = 9; return count($a); }
class K { function m(&$x) { return $x; } static function s(&$x) { return $x; } function v($x) { return $x; } }
var_dump(end(g()));
var_dump(h(g()));
$k = new K;
var_dump($k->m(g()));
var_dump(K::s(str_repeat("ab", 2)));
var_dump($k->v(g())[0]);
$f = 'h';
var_dump($f(g()));
var_dump(h(new ArrayObject([])) );
$data = g();
var_dump(array_multisort($data), $data);
var_dump(array_pop(explode(",", "a,b,c")));
try { h(1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
set_error_handler(function ($no, $msg) { throw new Exception("handled: $msg"); });
try { h(g()); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--

Notice: Only variables should be passed by reference in %s on line 5
int(2)

Notice: Only variables should be passed by reference in %s on line 6
int(4)

Notice: Only variables should be passed by reference in %s on line 8
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}

Notice: Only variables should be passed by reference in %s on line 9
string(4) "abab"
int(3)

Notice: Only variables should be passed by reference in %s on line 12
int(4)

Notice: Only variables should be passed by reference in %s on line 13
int(1)
bool(true)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}

Notice: Only variables should be passed by reference in %s on line 16
string(1) "c"
h(): Argument #1 ($a) cannot be passed by reference
handled: Only variables should be passed by reference
