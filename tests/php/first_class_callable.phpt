--TEST--
first-class callable syntax: functions, builtins, methods, static methods, __call, named arguments on the closure
--FILE--
<?php
class Magic { public function __call($n, $a) { return "__call $n(" . implode(",", $a) . ")"; } }
$m = new Magic;
$strlen = strlen(...);
echo $strlen("hello"), "\n";
class Calc {
    public function __construct(private int $base) {}
    public function add(int $x): int { return $this->base + $x; }
    public static function twice(int $x): int { return 2 * $x; }
    public function adder() { return $this->add(...); }
}
$c = new Calc(10);
$add = $c->add(...);
echo $add(5), " ", $c->adder()(6), "\n";
$tw = Calc::twice(...);
echo $tw(21), "\n";
var_dump($add instanceof Closure);
echo implode(",", array_map(Calc::twice(...), [1, 2, 3])), "\n";
$mc = $m->viaClosure(...);
echo $mc(9), "\n";
function user_fn($a, $b = 'd') { return "$a-$b"; }
$uf = user_fn(...);
echo $uf('x'), " ", $uf(b: 'y', a: 'z'), "\n";
$f = 'strtoupper';
echo $f(...)('abc'), "\n";
try { $m2 = new Calc(1); $x = [$m2, 'nope']; $x(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
5
15 16
42
bool(true)
2,4,6
__call viaClosure(9)
x-d z-y
ABC
Error: Call to undefined method Calc::nope()
