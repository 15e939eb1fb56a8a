--TEST--
static::class as a parameter default is a compile error
--FILE--
<?php
class A {
    function f($x = self::class) { return $x; }
    function g($x = static::class) { return $x; }
}
--EXPECTF--

Fatal error: static::class cannot be used for compile-time class name resolution in %s on line 4
[exit 255: ]
