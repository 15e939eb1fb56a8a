--TEST--
An interface without parents is bound early; a class named where the overridden method
returns object is looked up (autoloaded) before the class links
--FILE--
<?php
var_dump(interface_exists('Shape', false), interface_exists('Solid', false));
interface Shape { const SIDES = 0; function area(); }
interface Solid extends Shape {}
spl_autoload_register(function ($name) {
    echo "load $name\n";
    if ($name === 'Circle') {
        class Circle {}
    }
});
class Maker { function make(): object { return new stdClass; } }
class CircleMaker extends Maker { function make(): Circle { return new Circle; } }
var_dump(get_class((new CircleMaker)->make()));
--EXPECT--
bool(true)
bool(false)
load Circle
string(6) "Circle"
