--TEST--
exceptions: exact messages of engine errors: undefined function, method, class, constant, static method, property on null
--FILE--
<?php
class K { static function s() {} function m() {} }
$tests = [
  fn() => undefined_function(),
  fn() => (new K)->undefined(),
  fn() => K::undefinedStatic(),
  fn() => new UndefinedClass,
  fn() => UNDEFINED_CONST,
  fn() => K::UNDEF,
  fn() => UndefinedClass::X,
  fn() => UndefinedClass::f(),
  fn() => K::m(),
  fn() => null->x(),
  fn() => "str"->x(),
  fn() => [1]->x,
  fn() => (function(int $x) {})(),
  fn() => strlen(),
  fn() => strlen(1, 2),
  fn() => intdiv(...[1]),
  fn() => [] > new K,
];
foreach ($tests as $i => $t) { try { $t(); echo "$i no error\n"; } catch (Throwable $e) { echo "$i ", get_class($e), ": ", $e->getMessage(), "\n"; } }
--EXPECTF--
0 Error: Call to undefined function undefined_function()
1 Error: Call to undefined method K::undefined()
2 Error: Call to undefined method K::undefinedStatic()
3 Error: Class "UndefinedClass" not found
4 Error: Undefined constant "UNDEFINED_CONST"
5 Error: Undefined constant K::UNDEF
6 Error: Class "UndefinedClass" not found
7 Error: Class "UndefinedClass" not found
8 Error: Non-static method K::m() cannot be called statically
9 Error: Call to a member function x() on null
10 Error: Call to a member function x() on string

Warning: Attempt to read property "x" on array in %s on line 15
11 no error
12 ArgumentCountError: Too few arguments to function {closure}(), 0 passed in %s on line 16 and exactly 1 expected
13 ArgumentCountError: strlen() expects exactly 1 argument, 0 given
14 ArgumentCountError: strlen() expects exactly 1 argument, 2 given
15 ArgumentCountError: intdiv() expects exactly 2 arguments, 1 given
16 no error
