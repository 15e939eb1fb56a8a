--TEST--
classes: a non-abstract class declaring an abstract method is fatal
--FILE--
<?php
class C { abstract function f(); }
--EXPECTF--

Fatal error: Class C contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (C::f) in %s on line 2
[exit 255: ]
