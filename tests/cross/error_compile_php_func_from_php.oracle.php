<?php
class BridgeException extends Exception {}
function compile_php_func($src) { throw new BridgeException("compile_php_func() from PHP"); }
$cpf = 'compile_php_func';
try {
    $cpf("function zz() { return 1; }");
    echo "allowed\n";
} catch (BridgeException $e) {
    echo "BridgeException\n";
}
