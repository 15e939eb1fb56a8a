<?php
// A Python comparison function drives PHP's usort; a Python key-maker drives array_map.
$cmp = compile_py_func("def cmp(a, b): return (len(a) > len(b)) - (len(a) < len(b)) or ((a > b) - (a < b))");
$words = ["pear", "fig", "banana", "kiwi", "apple", "date"];
usort($words, $cmp);
echo implode(" ", $words), "\n";
$rank = compile_py_func("def rank(w): return w[0].upper() + str(len(w))");
echo implode(" ", array_map($rank, $words)), "\n";
uasort($words, compile_py_func("def rev(a, b): return (b > a) - (b < a)"));
print_r($words);
