--TEST--
exceptions: an uncaught exception prints PHP Fatal error with the stack trace and exits 255
--FILE--
<?php
function inner($x) { throw new LogicException("bad value $x"); }
function outer() { inner(5); }
echo "before\n";
outer();
echo "never\n";
--EXPECTF--
before

Fatal error: Uncaught LogicException: bad value 5 in %s:2
Stack trace:
#0 %s(3): inner(5)
#1 %s(5): outer()
#2 {main}
  thrown in %s on line 2
[exit 255: ]
