--TEST--
Plain calls with values pending on the caller's stack, nested as arguments, recursive, unwound by exceptions, with backtraces and lent arrays
--FILE--
<?php
function id($x) { return $x; }
function add($a, $b) { return $a + $b; }
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function where() { return array_map(fn($f) => $f['line'] ?? 0, debug_backtrace()); }
function outer() { return [where(), inner()]; }
function inner() { return where(); }
function boom($n) { if ($n == 0) throw new Exception("boom"); return boom($n - 1) + 1; }
function grow(array $a, $n) { $a[] = $n; return $a; }
function typed(int $a, float $b): float { return $a * $b; }

echo 1 + add(2, 3) * add(id(4), id(5)) - id(id(id(6))), "\n";
echo "[" . id("a") . add(1, id(2)) . id("b") . "]", "\n";
echo fib(15), "\n";
var_dump(outer());
$t = 0;
for ($i = 0; $i < 5; $i++) {
    try {
        $t += boom($i);
    } catch (Exception $e) {
        $t += 100 + $e->getLine();
    }
    $t += add($i, 1);
}
echo $t, "\n";
$a = [1, 2];
$b = grow($a, 3);
$a[] = 9;
echo json_encode([$a, $b, grow(grow($a, 4), 5)]), "\n";
echo typed(3, 2), " ", typed(2, 1.5), "\n";
$list = [];
for ($i = 0; $i < 4; $i++) {
    $list[] = add($i, add($i, id($i)));
}
echo implode(",", $list), "\n";
--EXPECT--
40
[a3b]
610
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(6)
    [1]=>
    int(15)
  }
  [1]=>
  array(3) {
    [0]=>
    int(7)
    [1]=>
    int(6)
    [2]=>
    int(15)
  }
}
555
[[1,2,9],[1,2,3],[1,2,9,4,5]]
6 3
0,3,6,9
