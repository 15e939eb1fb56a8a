--TEST--
traits: a class using a trait with an unimplemented abstract method is fatal
--FILE--
<?php
trait T { abstract function must(); }
class C { use T; }
echo "never\n";
--EXPECTF--

Fatal error: Class C contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (C::must) in %s on line 3
[exit 255: ]
