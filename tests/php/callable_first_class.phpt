--TEST--
callables: first-class callable syntax on functions, methods, static methods, static:: and builtins
--FILE--
<?php
class K { private $p = 'kp'; function m($x) { return "m$x" . $this->p; } static function s($x) { return "s$x"; }
  static function lsb() { return static::s(...); } function priv() { return $this->hidden(...); } private function hidden() { return 'hidden'; } }
class L extends K { static function s($x) { return "Ls$x"; } }
$f = strlen(...); var_dump($f('abcd'), $f instanceof Closure);
$o = new K; $m = $o->m(...); var_dump($m(1));
$s = K::s(...); var_dump($s(2));
var_dump(L::lsb()(3), (new L)->priv()());
$name = 'strtoupper'; $u = $name(...); var_dump($u('x'));
$arr = [$o, 'm']; $ac = $arr(...); var_dump($ac(4));
var_dump(array_map(intval(...), ['1', '2x']));
function &refret(array &$a) { return $a[0]; } $r = refret(...); 
try { $x = undefined_fn(...); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $x = $o->nope(...); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(4)
bool(true)
string(4) "m1kp"
string(2) "s2"
string(3) "Ls3"
string(6) "hidden"
string(1) "X"
string(4) "m4kp"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
Call to undefined function undefined_fn()
Call to undefined method K::nope()
