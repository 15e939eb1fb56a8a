--TEST--
Only the last parameter can be variadic (a compile error)
--FILE--
<?php
echo "never\n";
function f(...$a, $b) {}
--EXPECTF--

Fatal error: Only the last parameter can be variadic in %s on line 3
[exit 255: ]
