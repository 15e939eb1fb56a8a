<?php
// Writing attributes of Python objects from PHP runs Python's rules: property setters and validation in
// __setattr__ (its TypeError as PyException).
$m = compile_py_mod("setmod", <<<'PY'
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
class Checked:
    def __setattr__(self, k, v):
        if not isinstance(v, int):
            raise TypeError(k + " must be int")
        object.__setattr__(self, k, v)
PY);
$t = $m->Temp();
$t->f = 212;
echo $t->_c, " ", $t->f, "\n";
$c = $m->Checked();
$c->n = 5;
try {
    $c->n = "five";
} catch (PyException $e) {
    echo $e->getMessage(), "\n";
}
echo $c->n, "\n";
