--TEST--
fn: closures capture by value or reference with use, arrow functions capture by value automatically
--FILE--
<?php
$x = 1;
$byVal = function () use ($x) { return $x; };
$byRef = function () use (&$x) { return $x; };
$x = 2;
echo $byVal(), $byRef(), "\n";
$inc = function () use (&$x) { $x++; };
$inc(); $inc();
echo $x, "\n";
$y = 10;
$arrow = fn() => $y;
$y = 20;
echo $arrow(), "\n";
$mod = fn() => $y++;
$mod();
echo $y, "\n";
$nested = fn($a) => fn($b) => $a + $b + $y;
echo $nested(1)(2), "\n";
$counter = function () { static $n = 0; return ++$n; };
echo $counter(), $counter(), "\n";
$make = function ($start) { return function () use (&$start) { return $start++; }; };
$c1 = $make(5); $c2 = $make(100);
echo $c1(), $c1(), $c2(), $c1(), "\n";
$fns = [];
for ($i = 0; $i < 3; $i++) { $fns[] = function () use ($i) { return $i; }; }
echo implode(',', array_map(fn($f) => $f(), $fns)), "\n";
$undefinedUse = function () use ($nothing) { return $nothing; };
var_dump($undefinedUse());
$rec = function ($n) use (&$rec) { return $n <= 1 ? 1 : $n * $rec($n - 1); };
echo $rec(5), "\n";
--EXPECTF--
12
4
10
20
23
12
561007
0,1,2

Warning: Undefined variable $nothing in %s on line 27
NULL
120
