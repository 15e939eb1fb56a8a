--TEST--
ref: global statement, $GLOBALS, static variables in functions and methods (per class in 8.1+)
--FILE--
<?php
$g = 1;
function useGlobal() { global $g; $g++; return $g; }
echo useGlobal(), useGlobal(), " $g\n";
function viaGlobals() { $GLOBALS['g'] += 10; return $GLOBALS['g']; }
echo viaGlobals(), "\n";
function counter() { static $n = 0; return ++$n; }
echo counter(), counter(), counter(), "\n";
function staticArr() { static $list = []; $list[] = count($list); return $list; }
staticArr(); staticArr();
echo json_encode(staticArr()), "\n";
function staticConst() { static $x = 2 * 3, $y = PHP_INT_SIZE; return $x + $y; }
echo staticConst(), "\n";
class A { public function m() { static $calls = 0; return ++$calls; } public static function s() { static $k = 'k'; $k .= '!'; return $k; } }
class B extends A {}
$a = new A; $b = new B;
echo $a->m(), $a->m(), $b->m(), (new A)->m(), "\n";
echo A::s(), B::s(), A::s(), "\n";
function newGlobal() { global $created; $created = 'made in function'; }
newGlobal();
echo $created, "\n";
function unsetGlobal() { global $g; unset($g); return isset($g) ? 'set' : 'unset locally'; }
echo unsetGlobal(), " ", $g, "\n";
$fn = function () { static $c = 0; return ++$c; };
echo $fn(), $fn(), "\n";
--EXPECT--
23 3
13
123
[0,1,2]
14
1234
k!k!!k!!!
made in function
unset locally 13
12
