--TEST--
a destructuring pattern's targets must be writable
--FILE--
<?php
[$ok, 42] = [1, 2];
--EXPECTF--

Fatal error: Assignments can only happen to writable values in %s on line 2
[exit 255: ]
