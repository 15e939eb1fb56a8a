--TEST--
unset() of a call's result is PHP's compile error about write context
--FILE--
<?php
echo "never printed\n";
function f() { return 1; }
unset(f());
--EXPECTF--

Fatal error: Can't use function return value in write context in %s on line 4
[exit 255: ]
