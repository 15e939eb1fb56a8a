--TEST--
exceptions: uncaught exception with previous prints the chain with Next
--FILE--
<?php
try { throw new Exception('first'); } catch (Exception $e) { throw new RuntimeException('second', 0, $e); }
--EXPECTF--

Fatal error: Uncaught Exception: first in %s:2
Stack trace:
#0 {main}

Next RuntimeException: second in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
[exit 255: ]
