--TEST--
Autoloading from get_class_methods, get_parent_class, callables and
ReflectionClass::implementsInterface; names that cannot be class names are not autoloaded
--FILE--
<?php
spl_autoload_register(function ($name) {
    echo "load $name\n";
    if ($name === 'Tool') {
        class Tool { static function run() { echo "run\n"; } function a() {} }
    } elseif ($name === 'Hammer') {
        class Hammer extends Tool {}
    }
});
var_dump(get_class_methods('Tool'));
var_dump(get_parent_class('Hammer'));
call_user_func('Tool::run');
try {
    call_user_func('Missing::run');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    (new ReflectionClass('stdClass'))->implementsInterface('NoSuchIface');
} catch (ReflectionException $e) {
    echo $e->getMessage(), "\n";
}
var_dump(class_exists('../etc'), class_exists('a b'), class_exists('Ns\\Thing'));
try {
    $n = '../etc';
    new $n;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
load Tool
array(2) {
  [0]=>
  string(3) "run"
  [1]=>
  string(1) "a"
}
load Hammer
string(4) "Tool"
run
load Missing
call_user_func(): Argument #1 ($callback) must be a valid callback, class "Missing" not found
load NoSuchIface
Interface "NoSuchIface" does not exist
load Ns\Thing
bool(false)
bool(false)
bool(false)
Class "../etc" not found
