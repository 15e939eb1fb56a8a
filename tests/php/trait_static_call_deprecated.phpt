--TEST--
traits: calling a static trait method directly on the trait is deprecated
--FILE--
<?php
trait T { static function f() { return 'f'; } static $p = 'p'; }
echo T::f(), "\n";
--EXPECTF--

Deprecated: Calling static trait method T::f is deprecated, it should only be called on a class using the trait in %s on line 3
f
