--TEST--
classes: class constants with visibility, final, self:: and static::, expressions referencing other constants
--FILE--
<?php
class A { const X = 'A.X'; const Y = self::X . '+Y'; protected const P = 'prot'; private const Q = 'priv'; final public const F = 1;
  static function show() { return [self::X, static::X, self::Y, static::Y, self::P, self::Q]; } }
class B extends A { const X = 'B.X'; static function showB() { return [parent::X, self::P]; } }
print_r(A::show()); print_r(B::show()); print_r(B::showB());
echo A::F, B::F, "\n";
try { echo A::P; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo B::Q; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo A::NOPE; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$cls = 'B'; echo $cls::X, "\n"; $o = new B; echo $o::Y, "\n";
echo constant('A::Y'), "\n";
var_dump(defined('A::X'), defined('A::NOPE'));
interface I { const IC = 10; }
class CI implements I { const D = self::IC * 2; }
echo CI::IC, " ", CI::D, "\n";
--EXPECT--
Array
(
    [0] => A.X
    [1] => A.X
    [2] => A.X+Y
    [3] => A.X+Y
    [4] => prot
    [5] => priv
)
Array
(
    [0] => A.X
    [1] => B.X
    [2] => A.X+Y
    [3] => A.X+Y
    [4] => prot
    [5] => priv
)
Array
(
    [0] => A.X
    [1] => prot
)
11
Cannot access protected constant A::P
Undefined constant B::Q
Undefined constant A::NOPE
B.X
A.X+Y
A.X+Y
bool(true)
bool(false)
10 20
