--TEST--
assigning to a function's return value is a compile-time fatal error
--FILE--
<?php
function foo() { return 1; }
foo() = 2;
--EXPECTF--

Fatal error: Can't use function return value in write context in %s on line 3
[exit 255: ]
