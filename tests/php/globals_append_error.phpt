--TEST--
appending to $GLOBALS is a compile-time fatal error
--FILE--
<?php
$GLOBALS[] = 1;
--EXPECTF--

Fatal error: Cannot append to $GLOBALS in %s on line 2
[exit 255: ]
