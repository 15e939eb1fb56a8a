<?php
// import_py_mod("sys"): the module is shared with Python code; sys.modules sees compile_py_mod modules.
$sys = import_py_mod("sys");
compile_py_mod("registered_here", "X = 1");
$has = compile_py_func("def has(name): import sys; return name in sys.modules");
var_dump($has("registered_here"), $has("nonexistent_mod"));
echo $sys->maxsize, "\n";
