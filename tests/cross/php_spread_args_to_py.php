<?php
// Argument unpacking (...$arr) into a Python callable. Fails only under PYHYP_GC_STRESS=1:
// the Python function receives corrupted arguments.
$h = compile_py_func("def h(*xs): return repr(xs)");
echo $h(...[10, 20, 30]), "\n";
$a = [1, 2, 3];
echo $h(...$a), "\n";
$k = compile_py_func("def k(a, b, c): return a * 100 + b * 10 + c");
echo $k(...[1, 2, 3]), "\n";
