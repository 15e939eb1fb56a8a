<?php
class PyException extends Exception {}
function deepest($n) { throw new PyException(sprintf("OverflowError: depth %d", $n)); }
function php_mid($n) { return deepest($n + 1); }
function py_top($n) { return php_mid($n + 1); }
try {
    py_top(1);
} catch (PyException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
