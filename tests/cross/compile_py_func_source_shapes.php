<?php
// compile_py_func sources with imports, constants, nested functions and decorators still define one function.
$f = compile_py_func(<<<'PY'
import math
SCALE = 10
def hyp(a, b):
    def sq(x):
        return x * x
    return round(math.sqrt(sq(a) + sq(b)) * SCALE)
PY);
echo $f(3, 4), "\n";
$g = compile_py_func("g = lambda s, n=2: s * n");
echo $g("ab"), " ", $g("c", 3), "\n";
$h = compile_py_func(<<<'PY'
def logged(fn):
    return fn
del logged
def h(x):
    return -x
PY);
echo $h(5), "\n";
