<?php
// call_py_func with keyword arguments for a PHP function: BridgeException.
function php_f($a) { return $a; }
echo call_py_func("php_f", [5], []), "\n";
try {
    call_py_func("php_f", [], ["a" => 5]);
} catch (BridgeException $e) {
    echo "BridgeException\n";
}
