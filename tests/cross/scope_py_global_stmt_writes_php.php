<?php
// `global` in a compile_py_func function writes the PHP global variable.
$hits = 0;
$f = compile_py_func("def hit():\n    global hits\n    hits = hits + 1\n    return hits");
$f();
$f();
echo $f(), " ", $hits, "\n";
