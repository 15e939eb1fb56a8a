--TEST--
static (or self, parent) where an interface name is declared is a compile error
--FILE--
<?php
echo "never printed\n";
interface Shape {}
class Square implements Shape, static {}
--EXPECTF--

Fatal error: Cannot use 'static' as interface name, as it is reserved in %s on line 4
[exit 255: ]
