--TEST--
classes: an abstract method with a body is a compile-time fatal error
--FILE--
<?php
echo "x\n";
abstract class A { abstract function f() { return 1; } }
--EXPECTF--

Fatal error: Abstract function A::f() cannot contain body in %s on line 3
[exit 255: ]
