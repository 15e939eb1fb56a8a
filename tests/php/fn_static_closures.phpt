--TEST--
fn: static closures have no $this; closures in methods bind $this; callable strings and arrays
--FILE--
<?php
class A {
    public $v = 'A-v';
    public function getClosure() { return function () { return $this->v; }; }
    public function getStatic() { return static function () { return isset($this) ? 'has this' : 'no this'; }; }
    public function getArrow() { return fn() => $this->v; }
    public static function sm($x) { return "sm($x)"; }
    public function im($x) { return "im($x)"; }
}
$a = new A;
echo $a->getClosure()(), " ", $a->getStatic()(), " ", $a->getArrow()(), "\n";
echo call_user_func('A::sm', 1), " ", call_user_func(['A', 'sm'], 2), " ", call_user_func([$a, 'im'], 3), "\n";
$s = 'A::sm';
echo $s(4), "\n";
$arr = [$a, 'im'];
echo $arr(5), "\n";
$fn = 'strtoupper';
echo $fn('dyn'), "\n";
echo implode(',', array_map('A::sm', [6, 7])), "\n";
var_dump(is_callable('A::sm'), is_callable('A::nope'), is_callable([$a, 'im']), is_callable('nofunc'));
$first = strlen(...);
echo $first('four'), "\n";
$m = $a->im(...);
echo $m(8), "\n";
try { $x = 'nofunc'; $x(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
A-v no this A-v
sm(1) sm(2) im(3)
sm(4)
im(5)
DYN
sm(6),sm(7)
bool(true)
bool(false)
bool(true)
bool(false)
4
im(8)
Call to undefined function nofunc()
