<?php
// @php_decor(refs=[...]) marks by-reference parameters of a Python function that PHP calls.
$m = compile_py_mod("decor_mod", <<<'PY'
@php_decor(refs=[0])
def append_twice(arr, v):
    a = arr.deref()
    a[len(a)] = v
    a[len(a)] = v
@php_decor(refs=[1])
def set_second(a, b):
    b.store(a * 2)
PY);
$arr = [1];
$f = $m->append_twice;
$f($arr, 7);
print_r($arr);
$x = 0;
$g = $m->set_second;
$g(21, $x);
echo $x, "\n";
