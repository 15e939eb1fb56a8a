--TEST--
classes: a constant that is not a string before :: is an illegal class name at compile time
--FILE--
<?php
echo "not run\n";
function f() { return (-1)::$prop; }
--EXPECTF--

Fatal error: Illegal class name in %s on line 3
[exit 255: ]
