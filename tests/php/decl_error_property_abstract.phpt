--TEST--
properties cannot be abstract
--FILE--
<?php
abstract class Base {
    abstract public $x;
}
--EXPECTF--

Fatal error: Properties cannot be declared abstract in %s on line 3
[exit 255: ]
