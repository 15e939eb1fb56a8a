--TEST--
classes: a non-readonly class cannot extend a readonly one
--FILE--
<?php
echo "start\n";
readonly class Foo {}
if (true) { class Bar extends Foo {} }
--EXPECTF--
start

Fatal error: Non-readonly class Bar cannot extend readonly class Foo in %s on line 4
[exit 255: ]
