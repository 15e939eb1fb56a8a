<?php
// PHP -> Python -> PHP: a PHP function compiled inside a Python function compiled inside a PHP
// function sees the variables of both enclosing frames.
function outer_php() {
    $a = "A";
    $mk = compile_py_func(<<<'PY'
def mk():
    b = "B"
    return compile_php_func('function inner($c) { return $a . $b . $c; }')
PY);
    $inner = $mk();
    return $inner("C");
}
echo outer_php(), "\n";
