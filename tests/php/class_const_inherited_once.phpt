--TEST--
inherited constant expressions are evaluated once, in the declaring class; diagnostics of constant expressions name the line that evaluates them
--FILE--
<?php

// This would previously leak under opcache.
class A {
    const X = 'X' . self::Y;
    const Y = 'Y';
}
interface I {
    const X2 = 'X2' . self::Y2;
    const Y2 = 'Y2';
}
eval('class B extends A implements I {}');
var_dump(new B);
var_dump(B::X, B::X2);

// This should only produce one warning, not two.
class X {
    const C = 1 % 1.5;
}
class Y extends X {
}
var_dump(X::C, Y::C);
?>
--EXPECTF--
object(B)#1 (0) {
}
string(2) "XY"
string(4) "X2Y2"

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 22
int(0)
int(0)
