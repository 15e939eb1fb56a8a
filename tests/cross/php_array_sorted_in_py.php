<?php
// Python's sorted/min/max/any/all over PHP array views (keys by default, values on request).
$f = compile_py_func(<<<'PY'
def f(a):
    print(sorted(a))
    print(sorted(a.values(), reverse=True))
    print(sorted(a.items(), key=lambda kv: kv[1]))
    print(min(a.values()), max(a, key=lambda k: a[k]))
    print(any(v > 5 for v in a.values()), all(isinstance(k, str) for k in a))
PY);
$f(["pear" => 3, "fig" => 9, "apple" => 5]);
