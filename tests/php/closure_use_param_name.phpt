--TEST--
A closure's use clause may not name one of its parameters (a compile error)
--FILE--
<?php
echo "never\n";
$a = 1;
$f = function ($a) use ($a) {};
--EXPECTF--

Fatal error: Cannot use lexical variable $a as a parameter name in %s on line 4
[exit 255: ]
