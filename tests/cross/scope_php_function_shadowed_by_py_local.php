<?php
// A PHP function and a Python local with the same name: inside the Python function, the local wins.
function helper() { return "php helper"; }
$f = compile_py_func("def f():\n    helper = lambda: 'py helper'\n    return helper()");
echo $f(), "\n";
$g = compile_py_func("def g(): return helper()");
echo $g(), "\n";
