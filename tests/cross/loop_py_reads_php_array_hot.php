<?php
// Python reads a large PHP array through its view many times.
$data = [];
for ($i = 0; $i < 2000; $i++) $data["k$i"] = $i % 10;
$f = compile_py_func(<<<'PY'
def f(a, rounds):
    t = 0
    for _ in range(rounds):
        for k in a:
            t += a[k]
    return t
PY);
echo $f($data, 10), "\n";
