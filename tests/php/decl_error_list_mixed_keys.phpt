--TEST--
a destructuring pattern may not mix keyed and unkeyed entries
--FILE--
<?php
["x" => $x, "y" => $y] = ["x" => 1, "y" => 2];
[$first, "k" => $k] = [0, "k" => 1];
--EXPECTF--

Fatal error: Cannot mix keyed and unkeyed array entries in assignments in %s on line 3
[exit 255: ]
