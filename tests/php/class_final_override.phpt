--TEST--
overriding a final method is a fatal error
--FILE--
<?php
class P { final function f() {} }
class C extends P { function f() {} }
--EXPECTF--

Fatal error: Cannot override final method P::f() in %s on line 3
[exit 255: ]
