--TEST--
ArrayObject's sorting methods check their own arguments, naming the method
--FILE--
<?php
$ao = new ArrayObject(['b' => 2, 'a' => 1, 'c' => 3]);
foreach ([['asort', ['x']], ['ksort', [[]]], ['uasort', ['nope']], ['uksort', [42]], ['asort', [SORT_STRING]], ['uksort', ['strcmp']]] as [$m, $args]) {
    try {
        var_dump($ao->$m(...$args));
        echo json_encode($ao->getArrayCopy()), "\n";
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
ArrayObject::asort(): Argument #1 ($flags) must be of type int, string given
ArrayObject::ksort(): Argument #1 ($flags) must be of type int, array given
uasort(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
uksort(): Argument #2 ($callback) must be a valid callback, no array or string given
bool(true)
{"a":1,"b":2,"c":3}
bool(true)
{"a":1,"b":2,"c":3}
