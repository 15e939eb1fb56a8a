<?php
// Loops calling across the languages under the JIT (issue 8): a PHP loop calling small Python
// functions whose ints and floats cross as themselves, so its trace inlines them; a branch of the
// Python function that changes after the trace was recorded (its guard fails inside the inlined
// Python frame, which deoptimization rebuilds); an exception raised inside the inlined callee.
// The oracle is the same program in PHP alone (Python's x / 2 is PHP's $x / 2.0).
$f = compile_py_func("def f(x):\n    if x < 300:\n        return x * 3 + 1\n    return x / 2\n");
$s = 0;
for ($i = 0; $i < 600; $i++) {
    $s += $f($i);
}
var_dump($s);
$g = compile_py_func("def g(x):\n    if x == 500:\n        raise ValueError('five hundred')\n    return x\n");
$t = 0;
try {
    for ($i = 0; $i < 1000; $i++) {
        $t += $g($i);
    }
} catch (PyException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($t, $i);
