<?php
// Python `for` over a PHP array yields its keys in PHP order; items()/values() follow the same order.
$f = compile_py_func(<<<'PY'
def walk(a):
    for k in a:
        print("key", k)
    for k, v in a.items():
        print("item", k, v)
    print("values", list(a.values()))
    print("total", sum(a.values()))
PY);
$f(["z" => 1, 5 => 2, "a" => 3, 2 => 4]);
