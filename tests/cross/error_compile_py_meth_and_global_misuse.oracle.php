<?php
class BridgeException extends Exception {}
function compile_meth($class, $defines_function) {
    if (!class_exists($class)) throw new Error("Class \"$class\" not found");
    if (!$defines_function) throw new BridgeException("must define exactly one function");
}
function compile_global($name, $fn) {
    static $table = [];
    if (isset($table[$name]) || function_exists($name)) throw new Error("Cannot redeclare $name()");
    $table[$name] = $fn;
    return $table;
}
try {
    compile_meth("Nope", true);
    echo "added\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
class Target {}
try {
    compile_meth("Target", false);
} catch (BridgeException $e) {
    echo "BridgeException\n";
}
$t = compile_global("dup_fn", fn() => 1);
try {
    compile_global("dup_fn", fn() => 2);
    echo "redeclared\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo $t["dup_fn"](), "\n";
