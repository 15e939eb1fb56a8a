--TEST--
A class constant declared twice in one class is a compile-time fatal error (interfaces may declare constants and bodiless methods)
--FILE--
<?php
interface I {
    const A = 1;
    public function f();
}
echo "not reached\n";
class C implements I {
    const B = 2;
    const B = 3;
    public function f() {}
}
--EXPECTF--

Fatal error: Cannot redefine class constant C::B in %s on line 9
[exit 255: ]
