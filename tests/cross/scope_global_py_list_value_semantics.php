<?php
// A Python list in PHP has value semantics: writes in PHP copy, the Python original is unchanged.
$f = compile_py_func(<<<'PY'
def mk():
    global keep
    keep = [1, 2, 3]
    return keep
PY);
$get = compile_py_func("def get(): return repr(keep)");
$l = $f();
$l[0] = 100;
$l[] = 4;
echo count($l), " ", $l[0], "\n";
echo $get(), "\n";
$copy = $l;
$copy[1] = "x";
echo $l[1], " ", $copy[1], "\n";
