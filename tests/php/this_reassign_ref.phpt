--TEST--
binding $this to a reference is a compile-time fatal error
--FILE--
<?php
class T { function f() { $a = 1; $this = &$a; } }
--EXPECTF--

Fatal error: Cannot re-assign $this in %s on line 2
[exit 255: ]
