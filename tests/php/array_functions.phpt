--TEST--
array_functions: a small program exercising array functions
--FILE--
<?php
$a = [3, 1, 4, 1, 5, 9, 2, 6];
sort($a); echo implode(",", $a), "\n";
rsort($a); echo implode(",", $a), "\n";
$h = ['banana' => 3, 'apple' => 1, 'cherry' => 2];
asort($h); print_r($h);
ksort($h); print_r($h);
arsort($h); print_r($h);
krsort($h); print_r($h);
uasort($h, fn($x, $y) => $x <=> $y); print_r($h);
uksort($h, fn($x, $y) => strcmp($x, $y)); print_r($h);
print_r(array_slice([1, 2, 3, 4, 5], 1, 3));
print_r(array_slice(['a' => 1, 5 => 2, 3], 1));
$sp = [1, 2, 3, 4, 5];
$removed = array_splice($sp, 1, 2, ['x', 'y', 'z']);
print_r($sp); print_r($removed);
$st = [1, 2];
array_push($st, 3, 4);
echo array_pop($st), array_shift($st), count($st), "\n";
array_unshift($st, 'first');
print_r($st);
var_dump(in_array("2", [1, 2, 3]), in_array("2", [1, 2, 3], true), array_search(3, [1, 2, 3]), array_key_exists('a', ['a' => null]), isset(['a' => null]['a']));
print_r(array_merge([1, 2], ['a' => 1], [3], ['a' => 2]));
print_r([1, 2] + [5, 6, 7]);
print_r(array_combine(['a', 'b'], [1, 2]));
print_r(array_flip(['a' => 1, 'b' => 2]));
print_r(array_unique([1, "1", 2, 2.0, 'a', 'a']));
print_r(array_reverse([1, 2, 3]));
print_r(array_fill(5, 3, 'v'));
print_r(range(0, 10, 3)); print_r(range('a', 'e')); print_r(range(5, 1, 2)); print_r(range(0, 1, 0.25));
print_r(array_column([['id' => 1, 'n' => 'a'], ['id' => 2, 'n' => 'b']], 'n', 'id'));
var_dump(array_sum([1, 2, 3.5]), array_product([2, 3]), array_key_first(['x' => 1, 'y' => 2]), array_key_last([1, 2, 3]), array_is_list([1, 2]), array_is_list([1 => 1]));
print_r(array_map(null, [1, 2], ['a', 'b']));
print_r(array_map(fn($x, $y) => $x . $y, [1, 2], ['a', 'b']));
print_r(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k != 'b', ARRAY_FILTER_USE_KEY));
print_r(array_values(array_filter([0, 1, '', null, 'x', [], [0]])));
print_r(array_keys(['a' => 1, 'b' => 2, 'c' => 1], 1));
$stack = ['x' => 1, 'y' => 2];
echo current($stack), key($stack), next($stack), key($stack), var_export(next($stack), true), reset($stack), end($stack), "\n";
var_export([1, 'a' => [true, null, 1.5, 'q\'s']]); echo "\n";
var_export(1.0); echo "\n";
echo count([1, [2, 3]], COUNT_RECURSIVE), "\n";
--EXPECT--
1,1,2,3,4,5,6,9
9,6,5,4,3,2,1,1
Array
(
    [apple] => 1
    [cherry] => 2
    [banana] => 3
)
Array
(
    [apple] => 1
    [banana] => 3
    [cherry] => 2
)
Array
(
    [banana] => 3
    [cherry] => 2
    [apple] => 1
)
Array
(
    [cherry] => 2
    [banana] => 3
    [apple] => 1
)
Array
(
    [apple] => 1
    [cherry] => 2
    [banana] => 3
)
Array
(
    [apple] => 1
    [banana] => 3
    [cherry] => 2
)
Array
(
    [0] => 2
    [1] => 3
    [2] => 4
)
Array
(
    [0] => 2
    [1] => 3
)
Array
(
    [0] => 1
    [1] => x
    [2] => y
    [3] => z
    [4] => 4
    [5] => 5
)
Array
(
    [0] => 2
    [1] => 3
)
412
Array
(
    [0] => first
    [1] => 2
    [2] => 3
)
bool(true)
bool(false)
int(2)
bool(true)
bool(false)
Array
(
    [0] => 1
    [1] => 2
    [a] => 2
    [2] => 3
)
Array
(
    [0] => 1
    [1] => 2
    [2] => 7
)
Array
(
    [a] => 1
    [b] => 2
)
Array
(
    [1] => a
    [2] => b
)
Array
(
    [0] => 1
    [2] => 2
    [4] => a
)
Array
(
    [0] => 3
    [1] => 2
    [2] => 1
)
Array
(
    [5] => v
    [6] => v
    [7] => v
)
Array
(
    [0] => 0
    [1] => 3
    [2] => 6
    [3] => 9
)
Array
(
    [0] => a
    [1] => b
    [2] => c
    [3] => d
    [4] => e
)
Array
(
    [0] => 5
    [1] => 3
    [2] => 1
)
Array
(
    [0] => 0
    [1] => 0.25
    [2] => 0.5
    [3] => 0.75
    [4] => 1
)
Array
(
    [1] => a
    [2] => b
)
float(6.5)
int(6)
string(1) "x"
int(2)
bool(true)
bool(false)
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => a
        )

    [1] => Array
        (
            [0] => 2
            [1] => b
        )

)
Array
(
    [0] => 1a
    [1] => 2b
)
Array
(
    [a] => 1
    [c] => 3
)
Array
(
    [0] => 1
    [1] => x
    [2] => Array
        (
            [0] => 0
        )

)
Array
(
    [0] => a
    [1] => c
)
1x2yfalse12
array (
  0 => 1,
  'a' => 
  array (
    0 => true,
    1 => NULL,
    2 => 1.5,
    3 => 'q\'s',
  ),
)
1.0
4
