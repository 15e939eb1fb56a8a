--TEST--
classes: a class not implementing an interface method is fatal
--FILE--
<?php
interface I { function f(); function g(); }
class C implements I { function f() {} }
--EXPECTF--

Fatal error: Class C contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (I::g) in %s on line 3
[exit 255: ]
