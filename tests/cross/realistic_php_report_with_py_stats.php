<?php
// A PHP report generator that uses a Python statistics module of ours for the numbers.
$stats = import_py_mod("modules.stats");
$sales = [
    "north" => [120, 95, 143, 110],
    "south" => [80, 82, 79, 95, 101],
    "east"  => [200, 180],
    "west"  => [60, 75, 90],
];
printf("%-6s %4s %8s %8s %8s\n", "region", "n", "mean", "median", "stdev");
$all = [];
foreach ($sales as $region => $nums) {
    printf("%-6s %4d %8.2f %8.2f %8.2f\n", $region, count($nums), $stats->mean($nums),
           $stats->median($nums), $stats->stdev($nums));
    foreach ($nums as $n) $all[] = $n;
}
$s = $stats->summary($all);
printf("total  %4d %8.2f %8.2f  range %d..%d\n", $s["n"], $s["mean"], $s["median"], $s["min"], $s["max"]);
$best = "";
$bestMean = -1;
foreach ($sales as $region => $nums) {
    $m = $stats->mean($nums);
    if ($m > $bestMean) { $bestMean = $m; $best = $region; }
}
echo "best region: $best\n";
