<?php
// Python builtins used in compile_py_func resolve to Python's even when PHP has same-named functions.
$f = compile_py_func("def f(xs): return (max(xs.values()), min(xs.values()), abs(-3), round(2.675, 2))");
$r = $f([4, 9, 1]);
echo $r[0], " ", $r[1], " ", $r[2], " ", $r[3], "\n";
