<?php
// compile_py_func inside a PHP closure sees the closure's parameters and use-captured variables.
$factor = 3;
$make = function ($base) use ($factor) {
    return compile_py_func("def f(x): return base + x * factor");
};
$f = $make(100);
echo $f(1), " ", $f(2), "\n";
$g = $make(0);
echo $g(7), "\n";
