--TEST--
a class declaring one property twice, static or not, is a compile error
--FILE--
<?php
class Point {
    public $x;
    public static $x = 2;
}
--EXPECTF--

Fatal error: Cannot redeclare Point::$x in %s on line 4
[exit 255: ]
