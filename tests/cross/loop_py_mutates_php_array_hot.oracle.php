<?php
function fill(&$a, $n) { for ($i = 0; $i < $n; $i++) $a[$i] = $i * $i % 97; }
$arr = [];
fill($arr, 5000);
echo count($arr), " ", array_sum($arr), " ", $arr[4999], "\n";
