<?php
function fib($n) {
    [$a, $b] = [0, 1];
    for ($i = 0; $i < $n; $i++) {
        echo "py yields ", $a, "\n";
        yield $a;
        [$a, $b] = [$b, $a + $b];
    }
}
foreach (fib(6) as $v) {
    echo "php got ", $v, "\n";
}
