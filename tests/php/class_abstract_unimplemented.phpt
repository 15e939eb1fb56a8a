--TEST--
a concrete class that leaves abstract methods (its parent's, its interfaces') is a fatal error naming them
--FILE--
<?php
interface I { function a(); function b(); }
abstract class A implements I { abstract function c(); function a() {} }
echo "start\n";
class B extends A { }
--EXPECTF--
start

Fatal error: Class B contains 2 abstract methods and must therefore be declared abstract or implement the remaining methods (A::c, I::b) in %s on line 5
[exit 255: ]
