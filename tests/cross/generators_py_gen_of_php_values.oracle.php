<?php
function mapped($arr, $fn) { foreach ($arr as $k => $v) yield $fn($k, $v); }
$prices = ["tea" => 3, "cake" => 5, "jam" => 4];
foreach (mapped($prices, fn($k, $v) => "$k costs " . ($v * 2)) as $line) echo $line, "\n";
