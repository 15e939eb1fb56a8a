--TEST--
classes: overriding a final class constant is a fatal error
--FILE--
<?php
class A { final public const X = 1; }
echo "start\n";
class B extends A { public const X = 2; }
echo B::X, "\n";
--EXPECTF--

Fatal error: B::X cannot override final constant A::X in %s on line 4
[exit 255: ]
