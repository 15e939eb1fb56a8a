--TEST--
foreach by value over packed arrays: keys, holes left by unset, appends and writes inside the loop (the loop sees the array as it was), nested loops over one array, references among the elements, a packed array turned into a hash mid-loop, break and re-entry
--FILE--
<?php
$a = [10, 20, 30, 40];
foreach ($a as $k => $v) echo "$k=$v ";
echo "\n";
unset($a[1], $a[3]);
foreach ($a as $k => $v) echo "$k=$v ";
echo "\n";
$b = [1, 2, 3];
foreach ($b as $v) { $b[] = $v * 10; $b[0] = 99; echo "$v "; }
echo json_encode($b), "\n";
$c = [1, 2];
foreach ($c as $x) foreach ($c as $y) echo "$x$y ";
echo "\n";
$d = [1, 2, 3];
$r = &$d[1];
foreach ($d as $v) { $r = 7; echo "$v "; }
echo "\n";
$e = [0, 1, 2, 3];
foreach ($e as $k => $v) { if ($k == 1) $e['x'] = 'y'; echo "$v "; }
echo count($e), "\n";
$f = range(1, 6);
$sum = 0;
foreach ($f as $v) { if ($v == 4) break; $sum += $v; }
foreach ($f as $v) $sum += $v;
echo $sum, "\n";
$g = [];
foreach ($g as $v) echo "never";
$h = [null, false, 0, '', [], 1.5];
foreach ($h as $k => $v) echo $k, ':', var_export($v, true), ' ';
echo "\n";
function walk(array $xs) { $t = 0; foreach ($xs as $i => $x) $t += $i * $x; return $t; }
echo walk([3, 4, 5]), ' ', walk(array_fill(0, 100, 2)), "\n";
$i = [1, 2, 3];
array_pop($i);
$i[] = 9;
foreach ($i as $k => $v) echo "$k=$v ";
echo "\n";
--EXPECT--
0=10 1=20 2=30 3=40 
0=10 2=30 
1 2 3 [99,2,3,10,20,30]
11 12 21 22 
1 7 3 
0 1 2 3 5
27
0:NULL 1:false 2:0 3:'' 4:array (
) 5:1.5 
14 9900
0=1 1=2 2=9 
