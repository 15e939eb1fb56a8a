--TEST--
flow: return from inside nested loops, switch and foreach by reference, and try/finally overriding returns
--FILE--
<?php
function find($grid, $target) {
    foreach ($grid as $r => $row) foreach ($row as $c => $v) if ($v === $target) return "$r,$c";
    return 'none';
}
echo find([[1, 2], [3, 4]], 3), " ", find([[1]], 9), "\n";
function sw($v) { switch ($v) { case 1: return 'one'; default: foreach ([1] as $x) { return "default-$x"; } } }
echo sw(1), sw(2), "\n";
function fin() { try { return 'try'; } finally { echo "[finally]"; } }
echo fin(), "\n";
function override() { try { return 'try'; } finally { return 'finally'; } }
echo override(), "\n";
function loopFinally() { foreach ([1, 2, 3] as $i) { try { if ($i == 2) return $i; } finally { echo "f$i "; } } }
echo loopFinally(), "\n";
function byRef(array &$a) { foreach ($a as &$v) { if ($v == 2) { $v = 'two'; return; } } }
$arr = [1, 2, 3];
byRef($arr);
echo json_encode($arr), "\n";
--EXPECT--
1,0 none
onedefault-1
[finally]try
finally
f1 f2 2
[1,"two",3]
