<?php
class PyException extends Exception {}
class E {
    function __get($n) { throw new PyException("AttributeError: 'E' object has no attribute '$n'"); }
    function __call($n, $a) { throw new PyException("AttributeError: 'E' object has no attribute '$n'"); }
}
$e = new E();
try {
    echo $e->nothing, "\n";
} catch (PyException $ex) {
    echo explode(":", $ex->getMessage())[0], "\n";
}
try {
    $e->nomethod();
} catch (PyException $ex) {
    echo explode(":", $ex->getMessage())[0], "\n";
}
