<?php
// import_py_mod imports a Python module of ours (found through sys.path[0], the script's directory).
$stats = import_py_mod("modules.stats");
$data = [2, 4, 4, 4, 5, 5, 7, 9];
echo $stats->mean($data), "\n";
echo $stats->median($data), "\n";
printf("%.4f\n", $stats->stdev($data));
$s = $stats->summary([3, 1, 2]);
foreach ($s as $k => $v) echo "$k=$v\n";
var_dump(import_py_mod("modules.stats") === $stats);
