--TEST--
declare(strict_types=1) after another statement is a compile error
--FILE--
<?php
function add(int $a, int $b) { return $a + $b; }
declare(strict_types=1);
echo add("1", "2"), "\n";
--EXPECTF--

Fatal error: strict_types declaration must be the very first statement in the script in %s on line 3
[exit 255: ]
