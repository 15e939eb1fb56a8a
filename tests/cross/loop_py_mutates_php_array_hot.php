<?php
// Python fills a PHP array in a loop; PHP reads it back (array views under a hot loop).
$fill = compile_py_func("def fill(a, n):\n    for i in range(n):\n        a[i] = i * i % 97\n");
$arr = [];
$fill($arr, 5000);
echo count($arr), " ", array_sum($arr), " ", $arr[4999], "\n";
