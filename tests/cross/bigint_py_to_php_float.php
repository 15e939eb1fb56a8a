<?php
// A Python int beyond int64 becomes a PHP float, as PHP's own overflow does.
$big = compile_py_func("def big(e): return 2 ** e");
var_dump($big(10));
var_dump($big(62));
var_dump($big(63));
var_dump($big(70));
$fact = compile_py_func("def fact(n):\n    r = 1\n    for i in range(2, n + 1):\n        r *= i\n    return r");
var_dump($fact(20));
var_dump($fact(21));
var_dump(is_float($fact(25)));
$neg = compile_py_func("def neg(): return -2 ** 63");
var_dump($neg());
$neg2 = compile_py_func("def neg2(): return -2 ** 63 - 1");
var_dump(is_float($neg2()));
