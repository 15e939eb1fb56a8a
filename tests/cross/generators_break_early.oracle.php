<?php
function naturals() { $n = 0; while (true) { $n++; yield $n; } }
foreach (naturals() as $n) {
    if ($n * $n > 50) break;
    echo $n, " ";
}
echo "\n";
$it = naturals();
$sum = 0;
foreach ($it as $n) { $sum += $n; if ($n == 100) break; }
echo $sum, "\n";
