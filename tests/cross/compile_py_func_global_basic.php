<?php
// compile_py_func_global installs the Python function in PHP's global function table by its name.
compile_py_func_global("def py_hyp(a, b): return (a * a + b * b) ** 0.5");
echo py_hyp(3, 4), "\n";
var_dump(function_exists("py_hyp"));
echo implode(",", array_map('py_hyp', [6, 5], [8, 12])), "\n";
echo call_user_func('py_hyp', 8, 15), "\n";
