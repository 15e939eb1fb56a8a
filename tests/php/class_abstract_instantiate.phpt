--TEST--
classes: instantiating abstract classes, interfaces, traits and enums throws Error
--FILE--
<?php
abstract class Shape { abstract function area(); }
interface HasName {}
trait T {}
enum E { case A; }
foreach (['Shape', 'HasName', 'T', 'E'] as $c) {
  try { new $c; } catch (Error $e) { echo $e->getMessage(), "\n"; }
}
class Sq extends Shape { function area() { return 4; } }
echo (new Sq)->area(), "\n";
try { Shape::area(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Cannot instantiate abstract class Shape
Cannot instantiate interface HasName
Cannot instantiate trait T
Cannot instantiate enum E
4
Cannot call abstract method Shape::area()
