--TEST--
functions: static variables per closure object (bind copies, call shares), shared by inherited methods and by closures of named functions
--FILE--
<?php
function mk() { return function() { static $n = 0; return ++$n; }; }
$a = mk(); $b = mk();
echo $a(), $a(), $b(), "\n";
$c = Closure::bind($a, null); echo $c(), $a(), $c(), "\n";
$d = $a->bindTo(null); echo $d(), $a(), "\n";
class O { public $v = 1; }
$k = function() { static $calls = 0; return ++$calls . ':' . $this->v; };
echo $k->call(new O), $k->call(new O), "\n";
$k2 = $k->bindTo(new O); echo $k2(), "\n";
function plain() { static $z = 10; return ++$z; }
$f1 = Closure::fromCallable('plain'); $f2 = plain(...);
echo plain(), $f1(), $f2(), plain(), "\n";
class A { function m() { static $x = 0; return ++$x; } static function s() { static $y = 0; return ++$y; } }
class B extends A {}
class C extends A { function m() { static $x = 100; return ++$x; } }
$p = new A; $q = new B; $r = new C;
echo $p->m(), $q->m(), $p->m(), $r->m(), $q->m(), "\n";
echo A::s(), B::s(), A::s(), "\n";
$m = $p->m(...); echo $m(), $p->m(), "\n";
function gen() { static $g = 0; $g++; yield $g; }
foreach (gen() as $v) echo $v; foreach (gen() as $v) echo $v; echo "\n";
$arrow = fn() => (function() { static $w = 0; return ++$w; })();
echo $arrow(), $arrow(), "\n";
$list = [];
for ($i = 0; $i < 3; $i++) { $list[] = function() { static $s = 0; return ++$s; }; }
echo $list[0](), $list[0](), $list[1](), $list[2](), "\n";
$cg = function() { static $cnt = 0; $cnt++; yield $cnt; };
foreach ($cg() as $v) echo $v; foreach ($cg() as $v) echo $v; echo "\n";
--EXPECT--
121
334
44
1:12:1
3:1
11121314
1231014
123
56
12
11
1211
12
