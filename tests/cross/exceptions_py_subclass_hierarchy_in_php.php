<?php
// Python exception subclasses and builtin exceptions all reach PHP as PyException with their own name.
$f = compile_py_func(<<<'PY'
def f(kind):
    class AppError(LookupError):
        pass
    if kind == 0: raise AppError("custom")
    if kind == 1: raise IndexError("list index out of range")
    if kind == 2: raise TypeError("unsupported operand")
    if kind == 3: [][1]
    if kind == 4: int("x")
    return "fine"
PY);
for ($k = 0; $k <= 5; $k++) {
    try {
        echo $f($k), "\n";
    } catch (PyException $e) {
        echo $e->getMessage(), "\n";
    }
}
