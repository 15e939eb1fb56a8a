<?php
$data = [];
for ($i = 0; $i < 2000; $i++) $data["k$i"] = $i % 10;
function f($a, $rounds) { $t = 0; for ($r = 0; $r < $rounds; $r++) foreach ($a as $k => $_) $t += $a[$k]; return $t; }
echo f($data, 10), "\n";
