<?php
// PHP twin of modules/stats.py for the mono-language oracles.
function stats_mean($xs) { return array_sum($xs) / count($xs); }
function stats_median($xs) {
    sort($xs);
    $n = count($xs);
    $mid = intdiv($n, 2);
    return $n % 2 ? $xs[$mid] : ($xs[$mid - 1] + $xs[$mid]) / 2;
}
function stats_stdev($xs) {
    $m = stats_mean($xs);
    $s = 0;
    foreach ($xs as $x) $s += ($x - $m) ** 2;
    return ($s / (count($xs) - 1)) ** 0.5;
}
function stats_summary($xs) {
    return ["n" => count($xs), "mean" => stats_mean($xs), "median" => stats_median($xs),
            "min" => min($xs), "max" => max($xs)];
}
