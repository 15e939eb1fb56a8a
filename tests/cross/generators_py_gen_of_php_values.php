<?php
// A Python generator over a PHP array's values, transforming them with a PHP callback.
$gen = compile_py_func(<<<'PY'
def mapped(arr, fn):
    for k, v in arr.items():
        yield fn(k, v)
PY);
$prices = ["tea" => 3, "cake" => 5, "jam" => 4];
foreach ($gen($prices, fn($k, $v) => "$k costs " . ($v * 2)) as $line) echo $line, "\n";
