--TEST--
err: calling an undefined function is an uncaught Error; output before it is kept
--FILE--
<?php
echo "partial output\n";
$r = strtoupper("ok");
echo $r, "\n";
undefined_function_here(1, 2);
echo "not reached\n";
--EXPECTF--
partial output
OK

Fatal error: Uncaught Error: Call to undefined function undefined_function_here() in %s:5
Stack trace:
#0 {main}
  thrown in %s on line 5
[exit 255: ]
