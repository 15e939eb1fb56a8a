<?php
// PHP's int overflow happens in PHP; Python then sees the float. Python big ints stay exact in Python.
$f = compile_py_func("def f(v): return (type(v).__name__, v * 2)");
$r = $f(PHP_INT_MAX + 1);
echo $r[0], " ", $r[1], "\n";
$g = compile_py_func("def g(v): return str(v * v * v)");
echo $g(PHP_INT_MAX), "\n";
$h = compile_py_func("def h(v): return (v * v) // v == v");
var_dump($h(PHP_INT_MAX));
