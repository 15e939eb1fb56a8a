<?php
require __DIR__ . "/modules/stats.php";
$data = [2, 4, 4, 4, 5, 5, 7, 9];
echo stats_mean($data), "\n";
echo stats_median($data), "\n";
printf("%.4f\n", stats_stdev($data));
$s = stats_summary([3, 1, 2]);
foreach ($s as $k => $v) echo "$k=$v\n";
var_dump(true); // importing twice gives the same module object
