--TEST--
exception traces and debug_backtrace list the arguments a call passed: parameters that took their defaults are left out at the end (named arguments that skip one keep it), empty variadics too; get_defined_vars shows no hidden variable
--FILE--
<?php
function f($a, $b = 2, $c = 3) { return (new Exception)->getTraceAsString(); }
echo f(1), "\n", f(1, 2), "\n", f(1, c: 9), "\n", "\n", f(b: 5, a: 0), "\n";
function g($a = [1, 2], ...$rest) { var_dump(get_defined_vars()); return debug_backtrace()[0]['args']; }
var_dump(g(), g(7), g(7, 8, 9));
function h($x, $y = null) { $y = 'changed'; throw new LogicException('h'); }
try { h('in'); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; var_dump($e->getTrace()[0]['args']); }
$cl = function ($p, $q = 'dq') { return func_get_args(); };
var_dump($cl(1), $cl(1, 2));
class K { function __construct(public $p = 1, public $q = 2) { echo (new Exception)->getTraceAsString(), "\n"; } static function s($z = 0) { return debug_backtrace(); } }
new K; new K(5); new K(q: 6);
var_dump(count(K::s()[0]['args']), count(K::s(1)[0]['args']));
function gen($n = 3) { yield (new Exception)->getTraceAsString(); }
foreach (gen() as $t) echo $t, "\n";
$fn = fn($u = 1) => (new Exception)->getTraceAsString();
echo $fn(), "\n", $fn(2), "\n";
--EXPECTF--
#0 %s(3): f(1)
#1 {main}
#0 %s(3): f(1, 2)
#1 {main}
#0 %s(3): f(1, 2, 9)
#1 {main}

#0 %s(3): f(0, 5)
#1 {main}
array(2) {
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["rest"]=>
  array(0) {
  }
}
array(2) {
  ["a"]=>
  int(7)
  ["rest"]=>
  array(0) {
  }
}
array(2) {
  ["a"]=>
  int(7)
  ["rest"]=>
  array(2) {
    [0]=>
    int(8)
    [1]=>
    int(9)
  }
}
array(0) {
}
array(1) {
  [0]=>
  int(7)
}
array(3) {
  [0]=>
  int(7)
  [1]=>
  int(8)
  [2]=>
  int(9)
}
#0 %s(7): h('in')
#1 {main}
array(1) {
  [0]=>
  string(2) "in"
}
array(1) {
  [0]=>
  int(1)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
#0 %s(11): K->__construct()
#1 {main}
#0 %s(11): K->__construct(5)
#1 {main}
#0 %s(11): K->__construct(1, 6)
#1 {main}
int(0)
int(1)
#0 %s(14): gen()
#1 {main}
#0 %s(16): {closure}()
#1 {main}
#0 %s(16): {closure}(2)
#1 {main}
