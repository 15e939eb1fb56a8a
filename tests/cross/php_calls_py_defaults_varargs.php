<?php
// PHP calls Python functions with defaults and *args, with fewer and more arguments.
$f = compile_py_func("def f(a, b=10, *rest): return '%r %r %r' % (a, b, rest)");
echo $f(1), "\n";
echo $f(1, 2), "\n";
echo $f(1, 2, 3, 4), "\n";
$g = compile_py_func("def g(*xs): return sum(xs)");
echo $g(), " ", $g(5), " ", $g(1, 2, 3, 4, 5), "\n";
