<?php
// A Python dict whose keys PHP arrays cannot hold (tuples, floats...) reaching PHP: BridgeException
// when PHP reads it as an array.
$f = compile_py_func("def f(): return {(1, 2): 'tuple key'}");
try {
    $d = $f();
    foreach ($d as $k => $v) echo "$k => $v\n";
    echo "adapted\n";
} catch (BridgeException $e) {
    echo "BridgeException\n";
}
echo "done\n";
