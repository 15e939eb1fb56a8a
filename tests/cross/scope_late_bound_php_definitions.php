<?php
// Names used by a compile_py_func function may be defined in PHP after it was compiled (late binding).
$f = compile_py_func("def f(): return later_func(LATER_CONST)");
try {
    $f();
} catch (PyException $e) {
    echo explode(":", $e->getMessage())[0], "\n";
}
define("LATER_CONST", 5);
if (true) {
    function later_func($x) { return $x * 11; }
}
echo $f(), "\n";
