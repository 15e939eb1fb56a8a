--TEST--
generators: by reference (function &gen, foreach by reference, notices for non-variables, the by-value error)
--FILE--
<?php
function &gen(array &$a) { foreach ($a as $k => &$v) { yield $k => $v; } }
$arr = [1,2,3];
foreach (gen($arr) as $k => &$v) { $v *= 10; }
unset($v);
var_dump($arr);
function &counter() { $x = 1; while ($x < 5) { yield $x; } return $x; }
$g = counter();
foreach ($g as &$y) { $y++; echo $y, "\n"; }
unset($y);
var_dump($g->getReturn());
function &lit() { yield 1; yield strlen("ab"); }
foreach (lit() as &$l) { var_dump($l); }
unset($l);
foreach (lit() as $l) { var_dump($l); }
function &byval() { $q = 5; yield $q; echo "q=$q\n"; }
foreach (byval() as $w) { $w = 99; }
$g = byval(); var_dump($g->current());
function plain() { yield 1; }
try { foreach (plain() as &$p) {} } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class Box { public $items = [1, 2]; function &each() { foreach ($this->items as &$i) yield $i; } }
$b = new Box; foreach ($b->each() as &$i) $i = -$i; unset($i); var_dump($b->items);
function &props($o) { yield $o->p; yield $o->arr[1]; }
$o = new stdClass; $o->p = 'a'; $o->arr = [0, 'b'];
foreach (props($o) as &$pv) $pv .= '!'; unset($pv); var_dump($o->p, $o->arr);
$f = function &() { static $s = 0; yield $s; };
foreach ($f() as &$sv) $sv = 7; unset($sv);
foreach ($f() as $sv) var_dump($sv);
function &inner() { $z = 1; yield $z; echo "z=$z\n"; }
foreach (inner() as &$zz) $zz = 2;
--EXPECTF--
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
2
3
4
5
int(5)

Notice: Only variable references should be yielded by reference in %s on line 12
int(1)

Notice: Only variable references should be yielded by reference in %s on line 12
int(2)

Notice: Only variable references should be yielded by reference in %s on line 12
int(1)

Notice: Only variable references should be yielded by reference in %s on line 12
int(2)
q=5
int(5)
Exception: You can only iterate a generator by-reference if it declared that it yields by-reference
array(2) {
  [0]=>
  int(-1)
  [1]=>
  int(-2)
}
string(2) "a!"
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(2) "b!"
}
int(7)
z=2
