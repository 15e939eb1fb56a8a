<?php
function matmul($a, $b) {
    $r = [];
    for ($i = 0; $i < count($a); $i++)
        for ($j = 0; $j < count($b[0]); $j++) {
            $s = 0;
            for ($k = 0; $k < count($b); $k++) $s += $a[$i][$k] * $b[$k][$j];
            $r[$i][$j] = $s;
        }
    return $r;
}
function transpose($m) {
    $r = [];
    foreach ($m as $i => $row) foreach ($row as $j => $v) $r[$j][$i] = $v;
    return $r;
}
$a = [[1, 2], [3, 4], [5, 6]];
$b = [[7, 8, 9], [10, 11, 12]];
foreach (matmul($a, $b) as $row) {
    $cells = [];
    foreach ($row as $c) $cells[] = str_pad($c, 4, " ", STR_PAD_LEFT);
    echo implode("", $cells), "\n";
}
foreach (transpose($a) as $row) {
    $cells = [];
    foreach ($row as $c) $cells[] = $c;
    echo implode(" ", $cells), "\n";
}
