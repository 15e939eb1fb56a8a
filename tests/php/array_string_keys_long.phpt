--TEST--
string keys around the map's inline comparison length (16 bytes): equal keys built separately, keys differing in their middle or last byte, deletion and re-insertion
--FILE--
<?php
$lens = [1, 3, 4, 7, 8, 9, 15, 16, 17, 18, 31, 32, 33, 100];
$a = [];
foreach ($lens as $n) {
    $k = str_repeat("a", $n);
    $a[$k] = $n;
    $mid = $k;
    $mid[intdiv($n, 2)] = "b";
    $a[$mid] = -$n;
    $last = substr($k, 0, -1) . "c";
    $a[$last] = $n * 100;
}
foreach ($lens as $n) {
    $k = implode("", array_fill(0, $n, "a"));
    $mid = $k;
    $mid[intdiv($n, 2)] = "b";
    echo $n, ": ", $a[$k], " ", $a[$mid], " ", $a[substr($k, 0, -1) . "c"], " ",
        var_export(isset($a[$k . "x"]), true), "\n";
}
foreach ($lens as $n) {
    unset($a[str_repeat("a", $n)]);
}
echo count($a), "\n";
foreach ($lens as $n) {
    $a["" . str_repeat("a", $n)] = "again";
}
echo count($a), " ", implode(",", array_slice(array_values($a), -3)), "\n";
--EXPECT--
1: 1 -1 100 false
3: 3 -3 300 false
4: 4 -4 400 false
7: 7 -7 700 false
8: 8 -8 800 false
9: 9 -9 900 false
15: 15 -15 1500 false
16: 16 -16 1600 false
17: 17 -17 1700 false
18: 18 -18 1800 false
31: 31 -31 3100 false
32: 32 -32 3200 false
33: 33 -33 3300 false
100: 100 -100 10000 false
28
42 again,again,again
