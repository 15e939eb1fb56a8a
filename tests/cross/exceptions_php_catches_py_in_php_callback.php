<?php
// PHP catches, inside a PHP callback called by Python, a Python exception from a nested Python call.
$risky = compile_py_func("def risky(n):\n    if n % 2:\n        raise KeyError(n)\n    return n");
$driver = compile_py_func("def driver(cb): return [cb(i) for i in range(5)]");
$res = $driver(function ($i) use ($risky) {
    try {
        return $risky($i);
    } catch (PyException $e) {
        return "err(" . $e->getMessage() . ")";
    }
});
foreach ($res as $r) echo $r, "\n";
