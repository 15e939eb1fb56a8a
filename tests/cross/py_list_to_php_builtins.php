<?php
// Python lists and dicts given to PHP's array functions.
$l = compile_py_func("def mk(): return [3, 1, 2]")();
$d = compile_py_func("def mk(): return {'b': 2, 'a': 1}")();
echo implode(",", $l), "\n";
echo array_sum($l), " ", max($l), "\n";
var_dump(in_array(2, $l), is_array($l), is_array($d));
print_r(array_keys($d));
print_r(array_map(fn($x) => $x * 2, $l));
$s = $l;
sort($s);
echo implode(",", $s), " / ", implode(",", $l), "\n";
