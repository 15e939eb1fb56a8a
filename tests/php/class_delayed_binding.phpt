--TEST--
Delayed class binding: a hoisted class whose signatures name later classes is declared where
it stands; signatures naming classes to autoload are compared once the class is registered;
an autoloader does not run again for the class it is loading
--FILE--
<?php
var_dump(class_exists('Base', false), class_exists('Child', false), class_exists('P', false));
class Base { function make(): P { return new P; } }
class Child extends Base { function make(): Q { return new Q; } }
var_dump(class_exists('Child', false));
class P {}
class Q extends P {}
var_dump(get_class((new Child)->make()));

spl_autoload_register(function ($name) {
    echo "load $name\n";
    if ($name === 'Shape') {
        class Shape { function copy(): Shape { return $this; } }
    } elseif ($name === 'Square') {
        class Square extends Shape { function copy(): Tile { return new Tile; } }
    } elseif ($name === 'Tile') {
        class Tile extends Square {}
    } else {
        var_dump(class_exists($name));
    }
});
var_dump(get_class((new Square)->copy()));
var_dump(class_exists('Nowhere'));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
string(1) "Q"
load Square
load Shape
load Tile
string(4) "Tile"
load Nowhere
bool(false)
bool(false)
