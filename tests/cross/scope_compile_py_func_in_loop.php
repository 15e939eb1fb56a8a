<?php
// Python functions compiled in a PHP loop all see the loop variable's value at call time (late binding).
function build() {
    $fs = [];
    foreach ([1, 2, 3] as $i) {
        $fs[] = compile_py_func("def f(): return i * 10");
    }
    foreach ($fs as $f) echo $f(), " ";
    echo "\n";
    $i = 7;
    foreach ($fs as $f) echo $f(), " ";
    echo "\n";
}
build();
