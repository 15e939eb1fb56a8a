--TEST--
functions: a parameter named twice is a compile error
--FILE--
<?php
echo "not run\n";
function pick($first, $second = 1, $first = 2) { return $first; }
--EXPECTF--

Fatal error: Redefinition of parameter $first in %s on line 3
[exit 255: ]
