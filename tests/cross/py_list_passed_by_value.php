<?php
// Passing a Python list by value to a PHP function that modifies it never changes the original.
function scribble($a) { $a[0] = "scribbled"; $a[] = "more"; return count($a); }
$l = compile_py_func("def mk(): return ['a', 'b']")();
echo scribble($l), "\n";
echo count($l), " ", $l[0], "\n";
$check = compile_py_func("def check(x): return repr(x)");
echo $check($l), "\n";
