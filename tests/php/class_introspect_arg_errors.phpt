--TEST--
class: get_parent_class() and property_exists() reject arguments that are no object or class name
with PHP's TypeErrors
--FILE--
<?php
class P { public $a; }
class C extends P {}
var_dump(get_parent_class(new C), get_parent_class('C'), get_parent_class('P'));
var_dump(property_exists('C', 'a'), property_exists(new C, 'b'));
foreach (['NoSuchClass', [], 1, 1.5, true, null] as $bad) {
    try {
        var_dump(get_parent_class($bad));
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        var_dump(property_exists($bad, 'a'));
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
string(1) "P"
string(1) "P"
bool(false)
bool(true)
bool(false)
get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, string given
bool(false)
get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, array given
property_exists(): Argument #1 ($object_or_class) must be of type object|string, array given
get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, int given
property_exists(): Argument #1 ($object_or_class) must be of type object|string, int given
get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, float given
property_exists(): Argument #1 ($object_or_class) must be of type object|string, float given
get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, bool given
property_exists(): Argument #1 ($object_or_class) must be of type object|string, bool given
get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, null given
property_exists(): Argument #1 ($object_or_class) must be of type object|string, null given
