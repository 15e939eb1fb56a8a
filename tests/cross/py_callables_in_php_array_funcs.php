<?php
// Python functions as callbacks of PHP's array functions: array_map (keys kept), array_filter, array_reduce.
$double = compile_py_func("def double(x): return x * 2");
$odd = compile_py_func("def odd(x): return x % 2 == 1");
$add = compile_py_func("def add(acc, x): return acc + x");
$prices = ["tea" => 3, "cake" => 5, "jam" => 4];
print_r(array_map($double, $prices));
print_r(array_filter($prices, $odd));
echo array_reduce([1, 2, 3, 4], $add, 100), "\n";
$handlers = ["up" => compile_py_func("def up(s): return s.upper()"), "rev" => compile_py_func("def rev(s): return s[::-1]")];
foreach ($handlers as $name => $h) echo $name, ": ", $h("stressed"), "\n";
echo $handlers["up"]("direct"), "\n";
