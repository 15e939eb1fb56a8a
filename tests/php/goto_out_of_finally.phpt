--TEST--
goto: jumping out of a finally block is a compile error
--FILE--
<?php
echo "not run\n";
try { echo 1; } finally { goto z; }
z: echo 1;
--EXPECTF--

Fatal error: jump out of a finally block is disallowed in %s on line 3
[exit 255: ]
