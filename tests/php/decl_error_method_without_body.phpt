--TEST--
a method of a class that is not declared abstract must have a body
--FILE--
<?php
echo "compile errors come first\n";
abstract class Shape { abstract function area(); }
class Square extends Shape {
    function area();
}
--EXPECTF--

Fatal error: Non-abstract method Square::area() must contain body in %s on line 5
[exit 255: ]
