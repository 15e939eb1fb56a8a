<?php
// A Python closure with nonlocal state, returned to PHP and called repeatedly.
$mk = compile_py_func(<<<'PY'
def make_counter(step):
    n = 0
    def counter():
        nonlocal n
        n += step
        return n
    return counter
PY);
$c1 = $mk(1);
$c5 = $mk(5);
echo $c1(), $c1(), $c1(), " ", $c5(), " ", $c5(), "\n";
$calls = [];
foreach (range(1, 3) as $i) $calls[] = $c1();
echo implode(",", $calls), "\n";
