--TEST--
classes: interface constants, interface inheritance, instanceof and class_implements
--FILE--
<?php
interface A { const NAME = 'A'; function a(); }
interface B extends A { const OTHER = self::NAME . 'B'; function b(); }
interface C { function c(); }
class Impl implements B, C { function a() { return 1; } function b() { return 2; } function c() { return 3; } }
$o = new Impl;
var_dump($o instanceof A, $o instanceof B, $o instanceof C, $o instanceof Countable);
echo Impl::NAME, Impl::OTHER, B::NAME, "\n";
$x = class_implements($o); ksort($x); print_r($x);
print_r(class_implements('B'));
var_dump(interface_exists('B'), class_exists('B'), is_subclass_of($o, 'A'), is_a($o, 'C'), is_a('Impl', 'A', true));
$iname = 'C'; var_dump($o instanceof $iname);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
AABA
Array
(
    [A] => A
    [B] => B
    [C] => C
)
Array
(
    [A] => A
)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
