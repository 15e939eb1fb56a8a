<?php
// A Python function compiled inside a PHP function sees that function's local variables.
function report($name, $score) {
    $bonus = 5;
    $f = compile_py_func("def f(): return '%s scored %d' % (name, score + bonus)");
    return $f();
}
echo report("ana", 90), "\n";
echo report("ben", 71), "\n";
