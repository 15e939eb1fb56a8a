<?php
// A PHP array given to Python and returned comes back as a PHP array with Python's changes.
$f = compile_py_func("def touch(a):\n    a['touched'] = True\n    return a");
$arr = ["x" => 1];
$back = $f($arr);
var_dump(is_array($back));
print_r($back);
print_r($arr);
