--TEST--
a destructuring pattern without any target is a compile error
--FILE--
<?php
[$a, [$b, $c]] = [1, [2, 3]];
echo "$a $b $c\n";
[, $skip] = [1, 2];
foreach ([[1]] as [, ]) {}
--EXPECTF--

Fatal error: Cannot use empty list in %s on line 5
[exit 255: ]
