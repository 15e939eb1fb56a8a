--TEST--
catch (static) is a compile error
--FILE--
<?php
class A {
    function m() {
        try { throw new Exception("x"); } catch (static $e) { }
    }
}
--EXPECTF--

Fatal error: Bad class name in the catch statement in %s on line 4
[exit 255: ]
