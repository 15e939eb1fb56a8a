--TEST--
A signature naming a class that is declared later (not bound early) cannot be checked when
its class is declared: PHP's fatal error
--FILE--
<?php
echo "start\n";
class A { public function method(): B {} }
class B extends A { public function method(): C {} }
class C extends B {}
echo "never\n";
--EXPECTF--
start

Fatal error: Could not check compatibility between B::method(): C and A::method(): B, because class C is not available in %s on line 4
[exit 255: ]
