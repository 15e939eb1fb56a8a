--TEST--
err: an uncaught exception prints PHP's fatal error with the trace and exits with 255
--FILE--
<?php
function inner($x) { throw new InvalidArgumentException("bad value: $x", 42); }
function outer() { inner([1, 2]); }
echo "start\n";
try { outer(); } catch (LogicException $e) { echo "caught ", get_class($e), " code ", $e->getCode(), " line ", $e->getLine(), "\n"; }
register_shutdown_function(function () { echo "shutdown runs\n"; });
outer();
--EXPECTF--
start

Warning: Array to string conversion in %s on line 2
caught InvalidArgumentException code 42 line 2

Warning: Array to string conversion in %s on line 2

Fatal error: Uncaught InvalidArgumentException: bad value: Array in %s:2
Stack trace:
#0 %s(3): inner(Array)
#1 %s(7): outer()
#2 {main}
  thrown in %s on line 2
shutdown runs
[exit 255: ]
