--TEST--
unset($GLOBALS) is a compile-time fatal error
--FILE--
<?php
function f() { unset($GLOBALS); }
--EXPECTF--

Fatal error: $GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax in %s on line 2
[exit 255: ]
