--TEST--
Closure and Generator objects: no properties (reads warn, writes throw "Cannot create dynamic property"), no `new`, no unserialize, no instantiation without a constructor; casts
--FILE--
<?php
function gen() { yield 1; }
$objects = ['Closure' => function () {}, 'Generator' => gen()];
foreach ($objects as $name => $o) {
    echo "-- $name\n";
    try { $o->prop = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    try { $o->prop[] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    try { $o->prop .= "x"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    try { $o->prop++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    try { $r = &$o->prop; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    var_dump($o->prop);
    var_dump(isset($o->prop), empty($o->prop), $o->prop ?? "default");
    unset($o->prop);
    $a = (array)$o;
    var_dump(count($a), isset($a[0]) && $a[0] === $o, get_object_vars($o), (object)$o === $o);
    try { new $name; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    $len = strlen($name);
    try {
        var_dump(unserialize("O:$len:\"$name\":0:{}"));
    } catch (Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    try {
        (new ReflectionClass($name))->newInstanceWithoutConstructor();
    } catch (ReflectionException $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$s = "str";
try { $s->prop = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s->prop++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s->prop[] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($s->prop);
--EXPECTF--
-- Closure
Error: Cannot create dynamic property Closure::$prop
Error: Cannot create dynamic property Closure::$prop
Error: Cannot create dynamic property Closure::$prop
Error: Cannot create dynamic property Closure::$prop
Error: Cannot create dynamic property Closure::$prop

Warning: Undefined property: Closure::$prop in %s on line 11
NULL
bool(false)
bool(true)
string(7) "default"
int(1)
bool(true)
array(0) {
}
bool(true)
Error: Instantiation of class Closure is not allowed
Exception: Unserialization of 'Closure' is not allowed
ReflectionException: Class Closure is an internal class marked as final that cannot be instantiated without invoking its constructor
-- Generator
Error: Cannot create dynamic property Generator::$prop
Error: Cannot create dynamic property Generator::$prop
Error: Cannot create dynamic property Generator::$prop
Error: Cannot create dynamic property Generator::$prop
Error: Cannot create dynamic property Generator::$prop

Warning: Undefined property: Generator::$prop in %s on line 11
NULL
bool(false)
bool(true)
string(7) "default"
int(0)
bool(false)
array(0) {
}
bool(true)
Error: The "Generator" class is reserved for internal use and cannot be manually instantiated
Exception: Unserialization of 'Generator' is not allowed
ReflectionException: Class Generator is an internal class marked as final that cannot be instantiated without invoking its constructor
Error: Attempt to assign property "prop" on string
Error: Attempt to increment/decrement property "prop" on string
Error: Attempt to modify property "prop" on string

Warning: Attempt to read property "prop" on string in %s on line 33
NULL
