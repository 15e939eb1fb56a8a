<?php
// compile_py_func with a source that does not define exactly one function: BridgeException.
$sources = [
    "x = 1",
    "def a(): pass\ndef b(): pass",
    "def only(): return 'ok'",
    "f = lambda: 'lambda ok'",
];
foreach ($sources as $src) {
    try {
        $f = compile_py_func($src);
        echo "compiled: ", $f(), "\n";
    } catch (BridgeException $e) {
        echo get_class($e), "\n";
    }
}
