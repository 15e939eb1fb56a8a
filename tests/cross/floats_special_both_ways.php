<?php
// Special floats cross as themselves: INF, -INF, NAN, -0.0.
$f = compile_py_func("def f(x): return (repr(x), x == x)");
foreach ([INF, -INF, NAN, -0.0, 1.5e-300] as $v) {
    $r = $f($v);
    echo $r[0], " ", $r[1] ? "eq" : "ne", "\n";
}
$g = compile_py_func("def g(): return [float('inf'), float('-inf'), float('nan'), -0.0]");
foreach ($g() as $v) var_dump($v);
