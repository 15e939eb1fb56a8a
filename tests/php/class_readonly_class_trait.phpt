--TEST--
classes: a readonly class cannot use a trait with a non-readonly property
--FILE--
<?php
echo "start\n";
trait T { public int $prop; }
if (true) { readonly class C { use T; } }
--EXPECTF--
start

Fatal error: Readonly class C cannot use trait with a non-readonly property T::$prop in %s on line 4
[exit 255: ]
