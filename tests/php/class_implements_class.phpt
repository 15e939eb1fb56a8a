--TEST--
implementing a class that is not an interface is a fatal error
--FILE--
<?php
class K {}
class C implements K {}
--EXPECTF--

Fatal error: C cannot implement K - it is not an interface in %s on line 3
[exit 255: ]
