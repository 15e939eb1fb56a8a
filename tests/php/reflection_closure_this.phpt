--TEST--
ReflectionFunction::getClosureThis and getClosureScopeClass for closures, static closures, arrow functions and first-class callables
--FILE--
<?php
class A { function m() { return function () { return 1; }; } static function s() { return fn() => 2; } }
$a = new A;
foreach ([$a->m(), A::s(), fn() => 3, strlen(...), $a->m(...)] as $c) {
    $r = new ReflectionFunction($c);
    var_dump($r->getClosureThis() === $a, $r->getClosureScopeClass()?->getName());
}
var_dump((new ReflectionFunction('strlen'))->getClosureThis());
--EXPECT--
bool(true)
string(1) "A"
bool(false)
string(1) "A"
bool(false)
NULL
bool(false)
NULL
bool(true)
string(1) "A"
NULL
