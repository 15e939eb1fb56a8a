<?php
class PyException extends Exception {}
function f() {
    if (!defined("LATER_CONST") || !function_exists("later_func")) throw new PyException("NameError: name 'later_func' is not defined");
    return later_func(LATER_CONST);
}
try {
    f();
} catch (PyException $e) {
    echo explode(":", $e->getMessage())[0], "\n";
}
define("LATER_CONST", 5);
if (true) {
    function later_func($x) { return $x * 11; }
}
echo f(), "\n";
