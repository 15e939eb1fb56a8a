<?php
// compile_py_func and compile_py_func_global accept the optional file and line arguments.
$f = compile_py_func("def f(x): return x + 1", "report.py", 10);
echo $f(1), "\n";
compile_py_func_global("def py_with_line(x): return x * 2", "lib.py", 3);
echo py_with_line(21), "\n";
class K {}
compile_py_meth("K", "def m(self): return 'meth'", "k.py", 5);
echo (new K)->m(), "\n";
