--TEST--
A value (literal, constant, assignment, operation) passed to a by-reference parameter is an Error when the call runs
--FILE--
<?php
class Limits { const MAX = 3; }
function bump(&$n) { $n++; return $n; }
$v = 1;
echo bump($v), " ", $v, "\n";
$tries = [
    fn() => bump(5),
    fn() => bump(Limits::MAX),
    fn() => bump($w = 2),
    fn() => bump($v + 1),
    fn() => sort([3, 1]),
    fn() => bump(PHP_INT_SIZE),
];
foreach ($tries as $f) {
    try {
        $f();
        echo "no error\n";
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
echo later(1), "\n";
function later($a, &$b = null) { return "later"; }
--EXPECT--
2 2
bump(): Argument #1 ($n) cannot be passed by reference
bump(): Argument #1 ($n) cannot be passed by reference
bump(): Argument #1 ($n) cannot be passed by reference
bump(): Argument #1 ($n) cannot be passed by reference
sort(): Argument #1 ($array) cannot be passed by reference
bump(): Argument #1 ($n) cannot be passed by reference
later
