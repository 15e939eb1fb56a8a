<?php
// Empty containers cross both ways.
$f = compile_py_func("def f(a): return (len(a), bool(a), list(a))");
$r = $f([]);
echo $r[0], " ", var_export($r[1], true), " ", count($r[2]), "\n";
$g = compile_py_func("def g(): return ([], {}, ())");
foreach ($g() as $c) {
    echo count($c), " ", empty($c) ? "empty" : "nonempty", "\n";
    foreach ($c as $x) echo "never\n";
}
