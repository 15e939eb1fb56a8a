<?php
// Python mutates a PHP array passed to it; PHP sees the changes (by-reference adaptation).
$f = compile_py_func(<<<'PY'
def mutate(a):
    a["added"] = 1
    a[0] = "changed"
    del a["gone"]
    a["n"] += 10
PY);
$arr = [0 => "orig", "gone" => true, "n" => 5];
$f($arr);
print_r($arr);
var_dump(isset($arr["gone"]));
