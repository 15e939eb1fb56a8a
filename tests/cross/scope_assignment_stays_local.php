<?php
// Assignment in the Python function creates a Python local; the outer PHP variable is unchanged.
function outer() {
    $count = 10;
    $f = compile_py_func("def f():\n    count = 99\n    return count");
    echo $f(), " ", $count, "\n";
    $g = compile_py_func("def g(): return count + 1");
    echo $g(), " ", $count, "\n";
}
outer();
