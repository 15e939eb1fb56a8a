--TEST--
a readonly property without a type is a compile-time fatal error
--FILE--
<?php
echo "x";
class A { public readonly $x; }
--EXPECTF--

Fatal error: Readonly property A::$x must have type in %s on line 3
[exit 255: ]
