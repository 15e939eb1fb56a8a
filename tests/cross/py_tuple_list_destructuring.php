<?php
// list() / [...] destructuring of Python tuples and lists returned to PHP.
$f = compile_py_func("def divmod2(a, b): return (a // b, a % b)");
[$q, $r] = $f(100, 7);
echo "$q $r\n";
list($a, $b, $c) = compile_py_func("def three(): return ['x', 'y', 'z']")();
echo "$a$b$c\n";
['k' => $k] = compile_py_func("def kd(): return {'k': 'from dict'}")();
echo $k, "\n";
