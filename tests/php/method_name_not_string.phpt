--TEST--
A dynamic method name that is not a string ($o->$x(), A::$x() with an int, an object or an array) throws "Method name must be a string"; strings still call (methods and __callStatic)
--FILE--
<?php
class Target {
    function hello() { return "hello"; }
    static function make() { return "made"; }
    static function __callStatic($n, $a) { return "static $n"; }
}
$t = new Target;
foreach ([1, 2.5, new stdClass, ['hello'], null, true] as $name) {
    try {
        $t->$name();
    } catch (Error $e) {
        echo get_debug_type($name), " ->: ", $e->getMessage(), "\n";
    }
    try {
        Target::$name();
    } catch (Error $e) {
        echo get_debug_type($name), " ::: ", $e->getMessage(), "\n";
    }
}
$m = "hello"; $s = "make"; $u = "unknownThing";
var_dump($t->$m(), Target::$s(), Target::$u(), $t::$s());
--EXPECT--
int ->: Method name must be a string
int ::: Method name must be a string
float ->: Method name must be a string
float ::: Method name must be a string
stdClass ->: Method name must be a string
stdClass ::: Method name must be a string
array ->: Method name must be a string
array ::: Method name must be a string
null ->: Method name must be a string
null ::: Method name must be a string
bool ->: Method name must be a string
bool ::: Method name must be a string
string(5) "hello"
string(4) "made"
string(19) "static unknownThing"
string(4) "made"
