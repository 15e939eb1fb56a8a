<?php
// Floats at the edges of the immediate encoding (2**-256, 2**256, zeros, subnormals, inf, NaN)
// cross into Python and back as themselves, in calls and in a hot loop.
$vals = [2 ** -256, (2 ** -256) / 2 * 1.9999999999999998, -(2 ** -256), 2.0 ** 256,
         (2.0 ** 256) * 0.9999999999999999, 0.0, -0.0, 1.5, 5e-324, 1.7976931348623157e308, INF, -INF, NAN];
$same = compile_py_func("def same(x): return x");
$twice = compile_py_func("def twice(x): return x * 2");
$half = compile_py_func("def half(x): return x / 2");
$less = compile_py_func("def less(x, y): return x < y");
foreach ($vals as $v) {
    var_dump($same($v), $twice($v), $half($v), $less($v, 1.0));
}
$step = compile_py_func("def step(acc, x): return acc * 0.5 + x");
$acc = 2.0 ** 255;
for ($i = 0; $i < 600; $i++)
    $acc = $step($acc, $i % 7 == 0 ? 2 ** -300 : 0.0);
var_dump($acc);
