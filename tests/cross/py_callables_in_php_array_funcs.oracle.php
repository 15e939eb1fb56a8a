<?php
$double = fn($x) => $x * 2;
$odd = fn($x) => $x % 2 == 1;
$add = fn($acc, $x) => $acc + $x;
$prices = ["tea" => 3, "cake" => 5, "jam" => 4];
print_r(array_map($double, $prices));
print_r(array_filter($prices, $odd));
echo array_reduce([1, 2, 3, 4], $add, 100), "\n";
$handlers = ["up" => fn($s) => strtoupper($s), "rev" => fn($s) => strrev($s)];
foreach ($handlers as $name => $h) echo $name, ": ", $h("stressed"), "\n";
echo $handlers["up"]("direct"), "\n";
