<?php
// A PHP parameter declared `callable` accepts Python functions, bound methods and callable objects
// (is_callable() already says true).
function twice(callable $f, $x) { return $f($f($x)); }
$m = compile_py_mod("cbmod", "def inc(v): return v + 1\nclass K:\n    def __call__(self, v): return v * 3\n    def neg(self, v): return -v\n");
var_dump(is_callable($m->inc));
echo twice($m->inc, 5), "\n";
echo twice($m->K(), 2), "\n";
echo twice($m->K()->neg, 7), "\n";
