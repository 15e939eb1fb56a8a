--TEST--
classes: a subclass may not redeclare a static property as an instance one
--FILE--
<?php
class A { public static $p = 1; }
class B extends A { public $p = 2; }
echo "never\n";
--EXPECTF--

Fatal error: Cannot redeclare static A::$p as non static B::$p in %s on line 3
[exit 255: ]
