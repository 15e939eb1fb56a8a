--TEST--
classes: narrowing a redeclared property's visibility is a fatal error
--FILE--
<?php
class A { protected $p = 1; }
class B extends A { private $p = 2; }
echo "never\n";
--EXPECTF--

Fatal error: Access level to B::$p must be protected (as in class A) or weaker in %s on line 3
[exit 255: ]
