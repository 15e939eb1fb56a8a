<?php
class BridgeException extends Exception {}
function compile_defs($defs) {
    if (count($defs) != 1) throw new BridgeException("must define exactly one function");
    return $defs[0];
}
$sources = [
    [],
    [function () {}, function () {}],
    [function () { return 'ok'; }],
    [fn() => 'lambda ok'],
];
foreach ($sources as $src) {
    try {
        $f = compile_defs($src);
        echo "compiled: ", $f(), "\n";
    } catch (BridgeException $e) {
        echo get_class($e), "\n";
    }
}
