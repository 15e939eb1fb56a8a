--TEST--
arr: foreach by reference leaves the last element referenced; the next by-value loop overwrites it
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as &$v) {}
foreach ($a as $v) {}
echo json_encode($a), "\n";
$b = [1, 2, 3];
foreach ($b as &$v2) {}
unset($v2);
foreach ($b as $v2) {}
echo json_encode($b), "\n";
$c = ['x' => 1, 'y' => 2];
foreach ($c as $k => &$val) { $val = "$k=$val"; }
unset($val);
echo json_encode($c), "\n";
$d = [1, 2];
foreach ($d as &$e) { if ($e == 1) { $d[] = 3; } echo $e; }
echo "\n";
$f = [1, 2, 3];
foreach ($f as $k => $v3) { if ($k == 0) { $f[1] = 'by-value sees copy'; } echo $v3, ","; }
echo "\n";
$g = [1, 2, 3];
foreach ($g as $k => &$v4) { if ($k == 0) { $g[1] = 'by-ref sees write'; } echo $v4, ","; }
unset($v4);
echo "\n";
$h = [];
foreach ($h as &$nothing) {}
var_dump(isset($nothing));
--EXPECT--
[1,2,2]
[1,2,3]
{"x":"x=1","y":"y=2"}
123
1,2,3,
1,by-ref sees write,3,
bool(false)
