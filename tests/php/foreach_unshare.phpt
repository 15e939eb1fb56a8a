--TEST--
foreach_unshare: a by-value foreach leaves its array unshared afterwards, yet every copy made during the loop keeps its own value
--FILE--
<?php
function show($a) { echo json_encode($a), "\n"; }
$d = [1, 2, 3];
foreach ($d as $x) { $c = $d; }
$d[] = 4; show($c); show($d);
$d = [1, 2, 3];
foreach ($d as $x) { $e[] = $d; }
$d[0] = 9; show($e); show($d);
$d = [1, 2, 3];
foreach ($d as $x) { foreach ($d as $y) {} $d[] = $x; }
show($d);
$d = [1, 2, 3];
$keep = [];
foreach ($d as $x) { array_push($keep, $d); }
$d[1] = 7; show($keep); show($d);
$d = [1, 2, 3];
foreach ($d as $x) { $f = [$d]; }
$d[2] = 8; show($f); show($d);
$d = [1, 2, 3];
function g($a) { foreach ($a as $v) { yield $v; } }
$gen = g($d); foreach ($gen as $v) { $d[] = $v; } show($d);
$d = [1, 2, 3];
foreach ($d as $x) { $o = new stdClass; $o->p = $d; $st = compact('d'); $fn = function() use ($d) { return $d; }; }
$d[0] = 0; show($o->p); show($st); show($fn());
$d = ['a' => [1, 2], 'b' => [3]];
foreach ($d['a'] as $x) { }
$d['a'][] = 5; show($d);
$d = [1, 2, 3];
foreach ($d as $x) { $r = &$d; }
$r[] = 4; show($d);
$d = [1, 2, 3];
foreach ($d as $k => $x) { if ($k == 0) { $d[] = 10; } echo $x, " "; }
echo "\n"; show($d);
$d = [1, 2, 3];
foreach ($d as $x) { $s = array_fill(0, 2, $d); $m = array_merge([], [$d]); $p = array_pad([], 2, $d); }
$d[0] = -1; show($s); show($m); show($p);
$d = [1, 2, 3];
foreach ($d as $x) { $st2 = array_slice([$d, $d], 0); static $sv; $sv = $d; }
$d[0] = -2; show($st2); show($sv);
$d = [1, 2, 3];
foreach ($d as $x) { break; }
$d[] = 4; show($d);
$d = [[1], [2]];
foreach ($d as $x) { $x[] = 5; }
show($d);
foreach ($d as $i => $x) { $d[$i][] = 6; }
show($d);
--EXPECT--
[1,2,3]
[1,2,3,4]
[[1,2,3],[1,2,3],[1,2,3]]
[9,2,3]
[1,2,3,1,2,3]
[[1,2,3],[1,2,3],[1,2,3]]
[1,7,3]
[[1,2,3]]
[1,2,8]
[1,2,3,1,2,3]
[1,2,3]
{"d":[1,2,3]}
[1,2,3]
{"a":[1,2,5],"b":[3]}
[1,2,3,4]
1 2 3 
[1,2,3,10]
[[1,2,3],[1,2,3]]
[[1,2,3]]
[[1,2,3],[1,2,3]]
[[1,2,3],[1,2,3]]
[1,2,3]
[1,2,3,4]
[[1],[2]]
[[1,6],[2,6]]
