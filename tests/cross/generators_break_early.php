<?php
// Breaking out of a PHP foreach over an infinite Python generator.
$g = compile_py_func(<<<'PY'
def naturals():
    n = 0
    while True:
        n += 1
        yield n
PY);
foreach ($g() as $n) {
    if ($n * $n > 50) break;
    echo $n, " ";
}
echo "\n";
$it = $g();
$sum = 0;
foreach ($it as $n) { $sum += $n; if ($n == 100) break; }
echo $sum, "\n";
