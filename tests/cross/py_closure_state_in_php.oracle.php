<?php
function make_counter($step) {
    $n = 0;
    return function () use (&$n, $step) { $n += $step; return $n; };
}
$c1 = make_counter(1);
$c5 = make_counter(5);
echo $c1(), $c1(), $c1(), " ", $c5(), " ", $c5(), "\n";
$calls = [];
foreach (range(1, 3) as $i) $calls[] = $c1();
echo implode(",", $calls), "\n";
