<?php
// PHP foreach over a Python generator yields its items lazily.
$gen = compile_py_func(<<<'PY'
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        print("py yields", a)
        yield a
        a, b = b, a + b
PY);
foreach ($gen(6) as $v) {
    echo "php got ", $v, "\n";
}
