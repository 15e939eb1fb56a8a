--TEST--
ref: static variables: per function, a by-reference return of one, recursion, static methods of subclasses
--FILE--
<?php
function &staticRef() { static $v = 0; $v++; return $v; }
$x = staticRef();
$x = 100;
echo staticRef(), "\n";
function acc($add = null) { static $items = []; if ($add !== null) $items[] = $add; return $items; }
acc(1); acc(2);
echo json_encode(acc()), "\n";
function recurse($n) { static $depth = 0; $depth++; if ($n > 0) recurse($n - 1); return $depth; }
echo recurse(4), "\n";
class Cnt { public static function next() { static $i = 0; return ++$i; } }
class Sub extends Cnt {}
echo Cnt::next(), Cnt::next(), Sub::next(), "\n";
--EXPECT--
2
[1,2]
5
123
