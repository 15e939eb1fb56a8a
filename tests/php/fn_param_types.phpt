--TEST--
fn: parameter types in coercive mode and their TypeError messages
--FILE--
<?php
function i(int $x) { return $x; }
function f(float $x) { return $x; }
function s(string $x) { return $x; }
function b(bool $x) { return $x; }
function a(array $x) { return count($x); }
function n(?string $x) { return $x; }
function u(int|float $x) { return $x; }
function it(iterable $x) { return 'ok'; }
function c(callable $x) { return 'callable'; }
function o(object $x) { return get_class($x); }
$cases = [['i', '5'], ['i', ' 5'], ['i', '5 '], ['i', 5.0], ['i', 5.5], ['i', 'x'], ['i', null], ['i', []],
    ['f', '1.5'], ['f', 2], ['f', 'nan'], ['s', 5], ['s', 1.0], ['s', true], ['s', new ArrayObject],
    ['b', 'yes'], ['b', 0.0], ['a', 'str'], ['n', null], ['n', 5], ['u', '5'], ['u', '5.5'], ['u', 'x'],
    ['c', 'strlen'], ['c', 'nope'], ['o', new stdClass], ['o', 'stdClass']];
foreach ($cases as [$fn, $arg]) {
    try { echo $fn, ": "; var_dump($fn($arg)); }
    catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
try { i(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
i: int(5)
i: int(5)
i: int(5)
i: int(5)
i: 
Deprecated: Implicit conversion from float 5.5 to int loses precision in %s on line 2
int(5)
i: i(): Argument #1 ($x) must be of type int, string given, called in %s on line 17
i: i(): Argument #1 ($x) must be of type int, null given, called in %s on line 17
i: i(): Argument #1 ($x) must be of type int, array given, called in %s on line 17
f: float(1.5)
f: float(2)
f: f(): Argument #1 ($x) must be of type float, string given, called in %s on line 17
s: string(1) "5"
s: string(1) "1"
s: string(1) "1"
s: s(): Argument #1 ($x) must be of type string, ArrayObject given, called in %s on line 17
b: bool(true)
b: bool(false)
a: a(): Argument #1 ($x) must be of type array, string given, called in %s on line 17
n: NULL
n: string(1) "5"
u: int(5)
u: float(5.5)
u: u(): Argument #1 ($x) must be of type int|float, string given, called in %s on line 17
c: string(8) "callable"
c: c(): Argument #1 ($x) must be of type callable, string given, called in %s on line 17
o: string(8) "stdClass"
o: o(): Argument #1 ($x) must be of type object, string given, called in %s on line 17
Too few arguments to function i(), 0 passed in %s on line 20 and exactly 1 expected
