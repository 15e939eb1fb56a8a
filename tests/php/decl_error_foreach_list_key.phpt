--TEST--
a foreach key may not be a destructuring pattern
--FILE--
<?php
foreach ([[1, 2]] as [$a] => $v) {}
--EXPECTF--

Fatal error: Cannot use list as key element in %s on line 2
[exit 255: ]
