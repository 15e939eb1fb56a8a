--TEST--
Closure::bind, bindTo, call, fromCallable and __invoke; binding a static closure; the called class (static::) of closures
--FILE--
<?php
class Counter { private $count = 5; protected static $tag = 'T'; }
$peek = function () { return $this->count; };
$bound = Closure::bind($peek, new Counter, Counter::class);
echo $bound(), "\n";
$peek2 = fn() => $this->count * 2;
echo $peek2->call(new Counter), "\n";
$unbound = function () { return static::$tag; };
echo Closure::bind($unbound, null, Counter::class)(), "\n";
$b2 = $peek->bindTo(new Counter, 'Counter');
echo $b2(), "\n";
$add = function ($a, $b) { return $a + $b; };
echo $add->__invoke(2, 3), " ", $add->call(new Counter, 4, 5), "\n";
$fc = Closure::fromCallable('strtoupper');
echo $fc('abc'), "\n";
class Greeter { public function hi($n) { return "hi $n"; } }
$m = Closure::fromCallable([new Greeter, 'hi']);
echo $m('bob'), "\n";
try { $peek(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$st = static function () { return 1; };
$r = @$st->bindTo(new Counter);
var_dump($r);
class A2 { public static function f() { return function () { return self::class . '/' . static::class; }; } }
class B2 extends A2 {}
$f = B2::f(); echo $f(), "\n";
$g = $f->bindTo(null, A2::class); echo $g(), "\n";
$h = (function () { return static::class; })->bindTo(null, B2::class); echo $h(), "\n";
class S2 { public static function who() { return static::class; } }
class T2 extends S2 {}
$w = T2::who(...); echo $w(), "\n";
--EXPECT--
5
10
T
5
5 9
ABC
hi bob
Using $this when not in object context
NULL
A2/B2
A2/A2
B2
T2
