<?php
// A Python object with __call__ is callable in PHP (directly, via call_user_func, array_map).
$m = compile_py_mod("callmod", <<<'PY'
class Scale:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x * self.k
PY);
$s = $m->Scale(3);
echo $s(5), "\n";
echo call_user_func($s, 7), "\n";
echo implode(",", array_map($s, [1, 2])), "\n";
echo $s->calls, "\n";
var_dump(is_callable($s));
