--TEST--
properties cannot be final
--FILE--
<?php
class Base {
    final public $x = 1;
}
--EXPECTF--

Fatal error: Cannot declare property Base::$x final, the final modifier is allowed only for methods, classes, and class constants in %s on line 3
[exit 255: ]
