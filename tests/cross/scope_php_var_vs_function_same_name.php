<?php
// PHP's lookup order from Python globals: a variable wins over a function of the same name.
function total() { return "the function"; }
$total = "the variable";
$f = compile_py_func("def f(): return total");
echo $f(), "\n";
$g = compile_py_func("def g(): return strtoupper('x')");
echo $g(), "\n";
