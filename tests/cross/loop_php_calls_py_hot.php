<?php
// A hot PHP loop calling a small Python function (the JIT traces across the boundary).
$sq = compile_py_func("def sq(x): return x * x + 1");
$total = 0;
for ($i = 0; $i < 20000; $i++) {
    $total += $sq($i % 100);
}
echo $total, "\n";
