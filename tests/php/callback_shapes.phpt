--TEST--
Callbacks from builtins of every shape: plain, typed, coerced, defaults, closures with uses, methods, by-reference returns, generators, exceptions, nesting
--FILE--
<?php
class Box {
    public function __construct(public int $k) {}
    public function cmp(Box $a, Box $b): int { return ($a->k <=> $b->k) * $this->k; }
    public static function twice(int $x): int { return 2 * $x; }
    public function __invoke($x) { return $x + $this->k; }
}
function plain($a, $b) { return $a <=> $b; }
function typed(int $a, int $b): int { return $b - $a; }
function coerced(int $x) { return $x * 3; }
function defaults($x, $y = 100) { return $x + $y; }
function &by_ref_return($x) { static $keep = []; $keep[] = $x; return $keep[count($keep) - 1]; }
function gen($x) { yield $x; yield $x * 2; }
function variadic(...$xs) { return array_sum($xs); }
function lent(array $a) { $a[] = 1; return count($a); }

$a = [5, 3, 9, 1, 7];
usort($a, 'plain');
echo implode(",", $a), "\n";
usort($a, 'typed');
echo implode(",", $a), "\n";
echo implode(",", array_map('coerced', ["4", 5.0, true])), "\n";
echo implode(",", array_map('defaults', [1, 2])), "\n";
echo implode(",", array_map('defaults', [1, 2], [10, 20])), "\n";
$base = 1000;
echo implode(",", array_map(function ($x) use ($base) { return $x + $base; }, [1, 2])), "\n";
echo implode(",", array_map(fn($x) => $x + $base, [3])), "\n";
$boxes = [new Box(3), new Box(1), new Box(2)];
usort($boxes, [new Box(-1), 'cmp']);
echo implode(",", array_map(fn($b) => $b->k, $boxes)), "\n";
echo implode(",", array_map('Box::twice', [1, 2])), "\n";
echo implode(",", array_map([Box::class, 'twice'], [3])), "\n";
echo implode(",", array_map(new Box(10), [1, 2])), "\n";
echo implode(",", array_map('by_ref_return', [7, 8])), "\n";
var_dump(call_user_func('by_ref_return', 9));
foreach (array_map('gen', [1, 2]) as $g) {
    echo implode(",", iterator_to_array($g)), "\n";
}
echo call_user_func('variadic', 1, 2, 3), "\n";
echo call_user_func_array('defaults', ['y' => 5, 'x' => 1]), "\n";
echo implode(",", array_map('lent', [[1, 2], [3]])), "\n";
$arr = [1, 2];
echo lent($arr), " ", count($arr), "\n";
echo implode(",", array_filter([1, 2, 3, 4, 5], fn($x) => $x % 2)), "\n";
echo array_reduce([1, 2, 3], fn($c, $x) => $c + $x, 10), "\n";
try {
    usort($a, function ($x, $y) { throw new RuntimeException("cmp"); });
} catch (RuntimeException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    array_map('typed', [1], ["x"]);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    array_map('typed', [1]);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$nested = [[3, 1], [2, 5, 4]];
usort($nested, function ($x, $y) {
    usort($x, 'plain');
    usort($y, 'plain');
    return $x[0] <=> $y[0];
});
echo json_encode($nested), "\n";
function deep($n) { return $n == 0 ? 0 : 1 + call_user_func('deep', $n - 1); }
echo deep(200), "\n";
--EXPECT--
1,3,5,7,9
9,7,5,3,1
12,15,3
101,102
11,22
1001,1002
1003
3,2,1
2,4
6
11,12
7,8
int(9)
1,2
2,4
6
6
3,2
3 2
1,3,5
16
RuntimeException: cmp
TypeError: typed(): Argument #2 ($b) must be of type int, string given
ArgumentCountError: Too few arguments to function typed(), 1 passed and exactly 2 expected
[[3,1],[2,5,4]]
200
