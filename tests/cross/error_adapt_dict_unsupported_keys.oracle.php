<?php
class BridgeException extends Exception {}
function f() { throw new BridgeException("unsupported key"); }
try {
    $d = f();
    foreach ($d as $k => $v) echo "$k => $v\n";
    echo "adapted\n";
} catch (BridgeException $e) {
    echo "BridgeException\n";
}
echo "done\n";
