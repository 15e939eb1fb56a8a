<?php
function php_even($n) { return $n == 0 ? true : py_odd($n - 1); }
function py_odd($n) { return $n == 0 ? false : php_even($n - 1); }
foreach ([0, 1, 10, 37, 200] as $n) {
    echo $n, ": ", php_even($n) ? "even" : "odd", "\n";
}
function fib($n) { return $n < 2 ? $n : php_fib($n - 1) + php_fib($n - 2); }
function php_fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
echo php_fib(18), "\n";
