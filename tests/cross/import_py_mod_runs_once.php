<?php
// A module's top level runs once however many times PHP (or Python) imports it.
echo "first import\n";
$a = import_py_mod("modules.noisy");
echo "second import\n";
$b = import_py_mod("modules.noisy");
$f = compile_py_func("def f():\n    import modules.noisy\n    return modules.noisy.hello('py')");
echo $f(), "\n";
echo $a->hello("php"), " ", $b->loads, "\n";
var_dump($a === $b);
