--TEST--
fn: recursion (direct, mutual, through closures and array_map), deep recursion is fine
--FILE--
<?php
function fact($n) { return $n <= 1 ? 1 : $n * fact($n - 1); }
echo fact(20), " ", fact(21), "\n";
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
echo fib(20), "\n";
function isEven($n) { return $n == 0 ? true : isOdd($n - 1); }
function isOdd($n) { return $n == 0 ? false : isEven($n - 1); }
var_dump(isEven(10), isOdd(7));
function depth($n) { return $n == 0 ? 0 : 1 + depth($n - 1); }
echo depth(20000), "\n";
function flatten(array $a): array { $out = []; foreach ($a as $v) { if (is_array($v)) { $out = array_merge($out, flatten($v)); } else { $out[] = $v; } } return $out; }
echo json_encode(flatten([1, [2, [3, [4, [5]]]], 6])), "\n";
function hanoi($n, $from, $to, $via, &$moves) { if ($n == 0) return; hanoi($n - 1, $from, $via, $to, $moves); $moves[] = "$from$to"; hanoi($n - 1, $via, $to, $from, $moves); }
$moves = [];
hanoi(4, 'A', 'C', 'B', $moves);
echo count($moves), " ", implode(' ', array_slice($moves, 0, 5)), "\n";
function tree($d) { return $d == 0 ? [] : array_map(fn($i) => tree($d - 1), range(1, 2)); }
echo json_encode(tree(3)), "\n";
function ackermann($m, $n) { if ($m == 0) return $n + 1; if ($n == 0) return ackermann($m - 1, 1); return ackermann($m - 1, ackermann($m, $n - 1)); }
echo ackermann(2, 3), "\n";
--EXPECT--
2432902008176640000 5.1090942171709E+19
6765
bool(true)
bool(true)
20000
[1,2,3,4,5,6]
15 AB AC BC AB CA
[[[[],[]],[[],[]]],[[[],[]],[[],[]]]]
9
