--TEST--
A closure's use clause may not name a variable twice (a compile error)
--FILE--
<?php
echo "never\n";
$a = 1;
$f = function () use ($a, $a) {};
--EXPECTF--

Fatal error: Cannot use variable $a twice in %s on line 4
[exit 255: ]
