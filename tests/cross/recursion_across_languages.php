<?php
// Mutual recursion between a PHP function and a Python function.
function php_even($n) { global $py_odd; return $n == 0 ? true : $py_odd($n - 1); }
$py_odd = compile_py_func("def py_odd(n): return False if n == 0 else php_even(n - 1)");
foreach ([0, 1, 10, 37, 200] as $n) {
    echo $n, ": ", php_even($n) ? "even" : "odd", "\n";
}
$fib = compile_py_func("def fib(n): return n if n < 2 else php_fib(n - 1) + php_fib(n - 2)");
function php_fib($n) { global $fib; return $n < 2 ? $n : $fib($n - 1) + $fib($n - 2); }
echo php_fib(18), "\n";
