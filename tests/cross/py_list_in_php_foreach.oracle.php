<?php
function mk() { return ['red', 'green', 'blue']; }
$l = mk();
foreach ($l as $c) echo $c, "\n";
foreach ($l as $i => $c) echo $i, ":", $c, "\n";
echo count($l), " ", $l[1], "\n";
$sum = 0;
function r() { return range(1, 10); }
foreach (r() as $n) $sum += $n;
echo $sum, "\n";
