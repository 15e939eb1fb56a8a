--TEST--
classes: a child constant cannot be less visible than its parent's
--FILE--
<?php
class A { public const X = 1; }
class B extends A { protected const X = 2; }
echo "never\n";
--EXPECTF--

Fatal error: Access level to B::X must be public (as in class A) in %s on line 3
[exit 255: ]
