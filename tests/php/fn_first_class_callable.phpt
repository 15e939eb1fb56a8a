--TEST--
fn: first-class callable syntax for functions, methods, static methods and builtins; their names
--FILE--
<?php
function twice($x) { return $x * 2; }
class K { public function m($x) { return "m$x"; } public static function s($x) { return "s$x"; } }
$f = twice(...);
$g = (new K)->m(...);
$h = K::s(...);
$b = strtoupper(...);
echo $f(4), $g(1), $h(2), $b('up'), "\n";
echo implode(',', array_map(twice(...), [1, 2, 3])), "\n";
var_dump($f instanceof Closure, $g instanceof Closure);
$compose = fn(callable ...$fs) => fn($x) => array_reduce($fs, fn($acc, $fn) => $fn($acc), $x);
echo $compose(twice(...), twice(...), strval(...))(5), "\n";
--EXPECT--
8m1s2UP
2,4,6
bool(true)
bool(true)
20
