--TEST--
err: an uncaught exception with a previous one prints both, "Next" chained
--FILE--
<?php
function a() { throw new RuntimeException("first"); }
try { a(); } catch (RuntimeException $e) { throw new LogicException("second", 0, $e); }
--EXPECTF--

Fatal error: Uncaught RuntimeException: first in %s:2
Stack trace:
#0 %s(3): a()
#1 {main}

Next LogicException: second in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
[exit 255: ]
