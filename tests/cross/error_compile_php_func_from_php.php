<?php
// Calling compile_php_func (a Python builtin) from PHP is a BridgeException.
$get = compile_py_func("def get(): return compile_php_func");
$cpf = $get();
try {
    $cpf("function zz() { return 1; }");
    echo "allowed\n";
} catch (BridgeException $e) {
    echo "BridgeException\n";
}
