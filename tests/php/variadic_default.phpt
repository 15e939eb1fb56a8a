--TEST--
A variadic parameter cannot have a default value (a compile error)
--FILE--
<?php
echo "never\n";
function f($a, ...$b = []) {}
--EXPECTF--

Fatal error: Variadic parameter cannot have a default value in %s on line 3
[exit 255: ]
