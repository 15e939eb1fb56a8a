--TEST--
fn: variadic parameters, argument unpacking with int and string keys, typed variadics
--FILE--
<?php
function sum(...$nums) { return array_sum($nums); }
echo sum(), " ", sum(1, 2, 3), " ", sum(...[4, 5]), " ", sum(1, ...[2, 3], ...[4]), "\n";
function typed(int ...$ints) { return json_encode($ints); }
echo typed(1, '2', 3.0), "\n";
function named($a, $b = 'B', ...$rest) { return json_encode([$a, $b, $rest]); }
echo named(...['a' => 1, 'extra' => 2]), "\n";
echo named(1, 2, 3, x: 4), "\n";
echo named(...[1, 2], ...['z' => 3]), "\n";
function gen() { yield 1; yield 2; }
echo sum(...gen()), "\n";
echo sum(...new ArrayIterator([10, 20])), "\n";
$args = ['x', 'y'];
printf("%s-%s\n", ...$args);
function countArgs(...$a) { return func_num_args() . "/" . count($a); }
echo countArgs(...[1, 2, 3]), "\n";
--EXPECT--
0 6 9 10
[1,2,3]
[1,"B",{"extra":2}]
[1,2,{"0":3,"x":4}]
[1,2,{"z":3}]
3
30
x-y
3/3
