--TEST--
classes: a readonly property may not be redeclared non-readonly (nor the reverse)
--FILE--
<?php
class A { public readonly int $p; }
class B extends A { public int $p; }
--EXPECTF--

Fatal error: Cannot redeclare readonly property A::$p as non-readonly B::$p in %s on line 3
[exit 255: ]
