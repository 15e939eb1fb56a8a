--TEST--
array_sum/array_product count scalars as numbers and skip arrays and objects; array_multisort's argument errors
--FILE--
<?php
$f = fopen('php://memory', 'r');
$vals = [1, "2", "3.5", "4abc", "abc", true, false, null, [5], new stdClass, 2.5];
var_dump(array_sum($vals), array_product([2, "3", true, "1.5e1"]), array_product([]), array_product(["x"]));
var_dump(array_sum([$f]) > 0, array_product([PHP_INT_MAX, 2]));
$a = [3, 1, 2];
$calls = [
    fn() => array_multisort($a, 3, 3),
    fn() => array_multisort($a, 1, 2),
    fn() => array_multisort($a, 99),
    fn() => array_multisort($a, -5),
    fn() => array_multisort($a, 'x'),
    fn() => array_multisort(1, $a),
    fn() => array_multisort($a, SORT_DESC, SORT_STRING | SORT_FLAG_CASE),
];
foreach ($calls as $call) {
    try {
        var_dump($call());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
--EXPECT--
float(14)
float(90)
int(1)
int(0)
bool(true)
float(1.8446744073709552E+19)
TypeError: array_multisort(): Argument #3 must be an array or a sort flag that has not already been specified
TypeError: array_multisort(): Argument #3 must be an array or a sort flag that has not already been specified
ValueError: array_multisort(): Argument #2 must be a valid sort flag
ValueError: array_multisort(): Argument #2 must be a valid sort flag
TypeError: array_multisort(): Argument #2 must be an array or a sort flag
TypeError: array_multisort(): Argument #1 ($array) must be an array or a sort flag that has not already been specified
bool(true)
