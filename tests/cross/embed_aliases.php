<?php
// The older embed_* names are aliases of the compile_* functions.
$f = embed_py_func("def f(x): return x + 1");
echo $f(1), "\n";
embed_py_func_global("def embedded_g(x): return x * 3");
echo embedded_g(3), "\n";
class Widget { public $size = 4; }
embed_py_meth("Widget", "def area(self): return self.size ** 2");
echo (new Widget)->area(), "\n";
