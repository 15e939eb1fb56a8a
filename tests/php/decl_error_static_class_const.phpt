--TEST--
static::class in a constant expression (a class constant) is a compile error; in code it is the called class
--FILE--
<?php
class Base { static function name() { return static::class; } }
class Child extends Base {}
echo Child::name(), "\n";
class Bad { const NAME = [1, static::class]; }
--EXPECTF--

Fatal error: static::class cannot be used for compile-time class name resolution in %s on line 5
[exit 255: ]
