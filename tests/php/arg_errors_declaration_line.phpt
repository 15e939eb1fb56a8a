--TEST--
A call's TypeError and ArgumentCountError are located at the callee's declaration line; a variadic argument's TypeError gives its position and no name
--FILE--
<?php
function f(int $a,
    $b)
{
    return 1;
}
try { f("x", 1); } catch (TypeError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
try { f(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
function g(int ...$v) {

    return 1;
}
try { g(1, "x"); } catch (TypeError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
function h($a, string ...$rest) {}
try { h(1, "a", "b", []); } catch (TypeError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
class C { function m(
   array $x) {
   }
   static function s(?C $c, int $n = 0) {}
}
try { (new C)->m(1); } catch (TypeError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
try { C::s(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
try { C::s(null, "z"); } catch (TypeError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
$cl = function (float $x) {
};
try { $cl([]); } catch (TypeError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
try { array_map(fn(int $i) => $i, ["q"]); } catch (TypeError $e) { echo $e->getMessage(), " @", $e->getLine(), "\n"; }
f(1, 2, 3);
f([]);
?>
--EXPECTF--
f(): Argument #1 ($a) must be of type int, string given, called in %s on line 7 @2
Too few arguments to function f(), 1 passed in %s on line 8 and exactly 2 expected @2
g(): Argument #2 must be of type int, string given, called in %s on line 13 @9
h(): Argument #4 must be of type string, array given, called in %s on line 15 @14
C::m(): Argument #1 ($x) must be of type array, int given, called in %s on line 21 @16
C::s(): Argument #1 ($c) must be of type ?C, stdClass given, called in %s on line 22 @19
C::s(): Argument #2 ($n) must be of type int, string given, called in %s on line 23 @19
{closure}(): Argument #1 ($x) must be of type float, array given, called in %s on line 26 @24
{closure}(): Argument #1 ($i) must be of type int, string given @27

Fatal error: Uncaught TypeError: f(): Argument #1 ($a) must be of type int, array given, called in %s on line 29 and defined in %s:2
Stack trace:
#0 %s(29): f(Array)
#1 {main}
  thrown in %s on line 2
[exit 255: ]
