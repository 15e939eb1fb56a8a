<?php
// PHP calls a Python function with positional arguments of every primitive kind.
$f = compile_py_func("def describe(a, b, c, d, e):\n    return '%r %r %r %r %r' % (a, b, c, d, e)");
echo $f(1, 2.5, true, null, "txt"), "\n";
echo $f(-7, 0.0, false, 3, ""), "\n";
$add = compile_py_func("def add(x, y): return x + y");
echo $add(40, 2), "\n";
echo $add(1.5, 2.25), "\n";
echo $add("ab", "cd"), "\n";
