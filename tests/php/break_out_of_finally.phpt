--TEST--
break: leaving a loop from inside a finally block is a compile error
--FILE--
<?php
echo "not run\n";
foreach ([1] as $x) { try { echo $x; } finally { break; } }
--EXPECTF--

Fatal error: jump out of a finally block is disallowed in %s on line 3
[exit 255: ]
