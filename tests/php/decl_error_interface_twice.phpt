--TEST--
naming an interface twice in a class's own list is an error when the class is linked, after the code before it ran; through an extended interface or the parent it is allowed
--FILE--
<?php
interface Shape {} interface Polygon extends Shape {}
class Square implements Polygon, Shape {}
class Base implements Shape {}
class Child extends Base implements Shape {}
echo "allowed\n";
class Broken implements Shape, shape {}
--EXPECTF--
allowed

Fatal error: Class Broken cannot implement previously implemented interface Shape in %s on line 7
[exit 255: ]
