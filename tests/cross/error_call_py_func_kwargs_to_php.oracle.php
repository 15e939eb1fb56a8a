<?php
class BridgeException extends Exception {}
function php_f($a) { return $a; }
function call_with($f, $args, $kw) { if ($kw) throw new BridgeException("no kwargs"); return $f(...$args); }
echo call_with("php_f", [5], []), "\n";
try {
    call_with("php_f", [], ["a" => 5]);
} catch (BridgeException $e) {
    echo "BridgeException\n";
}
