<?php
// A Python exception crossing into PHP is a PyException with message "ExcType: message".
$f = compile_py_func("def f(x):\n    if x < 0:\n        raise ValueError('bad value')\n    return x");
try {
    $f(-1);
} catch (PyException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$g = compile_py_func("def g(d): return {'a': 1}[d]");
try {
    $g("zz");
} catch (PyException $e) {
    echo $e->getMessage(), "\n";
}
$h = compile_py_func("def h(): return 1 / 0");
try {
    $h();
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
    var_dump($e instanceof PyException, $e instanceof Exception);
}
echo $f(5), "\n";
