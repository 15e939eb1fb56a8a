<?php
// Python writing through a view changes only the variable it was given: PHP copies that share the
// array (assignment, by-value parameters, temporaries) are separated first.
$f = compile_py_func("def f(a): a['new'] = 1");
$a = ['x' => 0];
$b = $a;
$f($a);
echo count($a), " ", count($b), "\n";
$c = ['x' => 0];
function keep($arr) { global $f; $f($arr); return count($arr); }
echo keep($c), " ", count($c), "\n";
$d = ['x' => 0];
$f($d + []);
echo count($d), "\n";
$g = compile_py_func("def g(a): a[0] = 'changed'");
$lit = [1, 2];
$copy = $lit;
$g($copy);
echo $lit[0], " ", $copy[0], "\n";
