<?php
// Bindings are late: the Python function reads the PHP variable's value at call time.
function run() {
    $x = 1;
    $f = compile_py_func("def f(): return x * 100");
    echo $f(), "\n";
    $x = 2;
    echo $f(), "\n";
    $x = "ab";
    echo $f() === str_repeat("ab", 100) ? "str repeated\n" : "other\n";
}
run();
