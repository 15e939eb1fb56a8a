--TEST--
an array passed by value to a function stays a value: the callee's writes, stores, returns and references never reach the caller's array, and the caller's writes after the call never reach what the callee kept
--FILE--
<?php
function total(array $xs): int { $s = 0; foreach ($xs as $x) { $s += $x; } return $s; }
function bump(array $xs): array { $xs[0] = 99; return $xs; }
function same(array $xs): array { return $xs; }
function keep(array $xs) { static $kept = []; $kept[] = $xs; return $kept; }
function keep_global(array $xs) { $GLOBALS['g'] = $xs; return count($xs); }
function keep_prop(array $xs, $o) { $o->p = $xs; return 1; }
function keep_ref(array $xs) { global $r; $r = &$xs; return 2; }
function keep_closure(array $xs) { return function () use ($xs) { return $xs; }; }
function write_caller(array $xs) { global $data; $data[1] = -1; return $xs[1]; }
function pair(array $a, array $b) { $a[] = 'a'; return count($a) + count($b); }
function nested(array $xs) { return total($xs) + inner($xs); }
function inner(array $ys) { return $ys[0]; }
function thrower(array $xs) { throw new Exception('x' . count($xs)); }
function args_of(array $xs) { return func_get_args(); }
function vars_of(array $xs) { return get_defined_vars(); }
function compact_of(array $xs) { return compact('xs'); }
function trace_of(array $xs) { try { throw new Exception('t'); } catch (Exception $e) { return $e; } }

$data = [1, 2, 3];
echo total($data), "\n";
$data[0] = 10;
echo json_encode($data), "\n";

$b = bump($data);
$data[1] = 20;
echo json_encode([$data, $b]), "\n";

$s = same($data);
$data[2] = 30;
echo json_encode([$data, $s]), "\n";

$k = keep($data);
$data[0] = 11;
$k2 = keep($data);
echo json_encode([$data, $k2]), "\n";

keep_global($data);
$data[0] = 12;
echo json_encode([$data, $g]), "\n";

$o = new stdClass;
keep_prop($data, $o);
$data[0] = 13;
echo json_encode([$data, $o->p]), "\n";

keep_ref($data);
$data[0] = 14;
echo json_encode([$data, $r]), "\n";

$c = keep_closure($data);
$data[0] = 15;
echo json_encode([$data, $c()]), "\n";

$data = [1, 2, 3];
echo write_caller($data), "\n";
echo json_encode($data), "\n";

$p = [1, 2];
echo pair($p, $p), "\n";
$p[] = 3;
echo json_encode($p), "\n";

$n = [5, 6];
echo nested($n), "\n";
$n[0] = 7;
echo nested($n), json_encode($n), "\n";

$t = [1, 2];
try { thrower($t); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$t[0] = 3;
echo json_encode($t), "\n";

$a = [1, 2];
$fa = args_of($a);
$a[0] = 100;
echo json_encode([$a, $fa]), "\n";

$v = vars_of($a);
$a[0] = 101;
echo json_encode([$a, $v]), "\n";

$cm = compact_of($a);
$a[0] = 102;
echo json_encode([$a, $cm]), "\n";

$e = trace_of($a);
$a[0] = 103;
echo json_encode([$a, $e->getTrace()[0]['args']]), "\n";

for ($i = 0; $i < 5; $i++) {
    $a[$i & 1] = $i;
    echo total($a), " ";
}
echo "\n";
foreach ($a as $x) {
    echo total($a), " ";
    $a[0] = $x + 1;
}
echo json_encode($a), "\n";
--EXPECT--
6
[10,2,3]
[[10,20,3],[99,2,3]]
[[10,20,30],[10,20,3]]
[[11,20,30],[[10,20,30],[11,20,30]]]
[[12,20,30],[11,20,30]]
[[13,20,30],[12,20,30]]
[[14,20,30],null]
[[15,20,30],[14,20,30]]
2
[1,-1,3]
5
[1,2,3]
16
20[7,6]
x2
[3,2]
[[100,2],[[1,2]]]
[[101,2],{"xs":[100,2]}]
[[102,2],{"xs":[101,2]}]
[[103,2],[[102,2]]]
2 1 3 5 7 
7 8 [4,3]
