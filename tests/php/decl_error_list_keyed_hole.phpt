--TEST--
a keyed destructuring pattern may not have empty entries
--FILE--
<?php
["a" => $a, , "b" => $b] = ["a" => 1, "b" => 2];
--EXPECTF--

Fatal error: Cannot use empty array entries in keyed array assignment in %s on line 2
[exit 255: ]
