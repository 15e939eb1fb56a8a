<?php
// Calling a Python function with missing arguments raises Python's TypeError as PyException.
$f = compile_py_func("def f(a, b): return a + b");
try {
    $f(1);
} catch (PyException $e) {
    echo $e->getMessage(), "\n";
}
try {
    $f(1, 2, 3);
} catch (PyException $e) {
    echo $e->getMessage(), "\n";
}
