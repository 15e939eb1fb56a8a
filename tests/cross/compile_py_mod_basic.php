<?php
// compile_py_mod creates a module from source, registers it, and Python code can import it.
$m = compile_py_mod("geometry", <<<'PY'
SIDES = {"triangle": 3, "square": 4}
def sides(name):
    return SIDES.get(name, 0)
PY);
echo $m->sides("square"), " ", $m->sides("circle"), "\n";
$user = compile_py_func("def user():\n    import geometry\n    return geometry.sides('triangle') * 10");
echo $user(), "\n";
$again = import_py_mod("geometry");
echo $again->sides("triangle"), "\n";
