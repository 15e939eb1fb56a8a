<?php
// print_r and var_dump of Python lists and dicts show them as arrays.
$l = compile_py_func("def mk(): return [1, 'two', 3.5]")();
print_r($l);
echo "\n";
$d = compile_py_func("def mk(): return {'k': 'v', 'n': [1, 2]}")();
print_r($d);
echo "\n";
var_dump(is_array($l));
