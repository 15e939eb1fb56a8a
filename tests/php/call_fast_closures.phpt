--TEST--
calls: closures on the fast call path: captured values and references, bound $this and called class, static and arrow closures, defaults, recursion through a captured reference, builtins made callable, errors and traces
--FILE--
<?php
class Box {
    public $v;
    function __construct($v) { $this->v = $v; }
    function getter() { return function ($d = 0) { return $this->v + $d; }; }
    static function maker() { return static function ($x) { return static::class . ":$x"; }; }
    function arrow() { return fn($k) => $this->v * $k; }
}
class SubBox extends Box {}
function counter() {
    $n = 0;
    return [function ($step = 1) use (&$n) { $n += $step; return $n; }, function () use (&$n) { return $n; }];
}
$base = 10;
$add = function ($x, $y = 5) use ($base) { $tmp = $x + $y; return $tmp + $base; };
$fact = function ($n) use (&$fact) { return $n <= 1 ? 1 : $n * $fact($n - 1); };
$fresh = function ($a) { return [isset($local), $a]; };
$len = Closure::fromCallable('strlen');
$thrower = function ($m) { throw new DomainException($m); };
$via = function ($m) use ($thrower) { return $thrower($m); };
[$inc, $get] = counter();
$g = (new Box(3))->getter();
$h = Closure::bind(function () { return $this->v; }, new SubBox(7), SubBox::class);
for ($i = 0; $i < 3; $i++) {
    echo $add($i), " ", $add($i, $i), " ", $fact($i + 3), " ", json_encode($fresh($i)), "\n";
    echo $inc(), " ", $inc($i), " ", $get(), " ", $g(), " ", $g($i), " ", $h(), "\n";
    echo Box::maker()($i), " ", SubBox::maker()($i), " ", (new SubBox($i))->arrow()(3), " ", $len(str_repeat("x", $i)), "\n";
    $base = 100; /* captured by value: no effect */
}
try { $add(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { $len(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try {
    $via("boom");
} catch (DomainException $e) {
    echo $e->getMessage(), " ", $e->getLine(), " ";
    foreach ($e->getTrace() as $t) echo $t['function'], ":", $t['line'], " ";
    echo "\n";
}
echo $add(1, 2, 3), " ", $fact(10), "\n";
--EXPECTF--
15 10 6 [false,0]
1 1 1 3 3 7
Box:0 SubBox:0 0 0
16 12 24 [false,1]
2 3 3 3 4 7
Box:1 SubBox:1 3 1
17 14 120 [false,2]
4 6 6 3 5 7
Box:2 SubBox:2 6 2
Too few arguments to function {closure}(), 0 passed in %s on line 30 and at least 1 expected
strlen() expects exactly 1 argument, 0 given
boom 19 {closure}:20 {closure}:33 
13 3628800
