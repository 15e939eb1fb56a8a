<?php
// Adapted PHP arrays have the MutableMapping methods (update, setdefault, pop).
// (pyhyp has no collections module, so the isinstance check itself is not tested here.)
$f = compile_py_func(<<<'PY'
def check(a):
    a.update({"x": 1})
    a.setdefault("y", 2)
    print(a.pop("x"), len(a))
PY);
$arr = ["w" => 0];
$f($arr);
print_r($arr);
