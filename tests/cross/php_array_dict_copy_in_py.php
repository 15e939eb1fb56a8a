<?php
// dict(a) / list(a.values()) in Python make independent copies: changing them leaves the PHP array alone.
$f = compile_py_func(<<<'PY'
def f(a):
    d = dict(a)
    d["x"] = "changed"
    vals = list(a.values())
    vals.append(99)
    return len(d), len(vals)
PY);
$arr = ["x" => 1, "y" => 2];
$r = $f($arr);
echo $r[0], " ", $r[1], "\n";
print_r($arr);
