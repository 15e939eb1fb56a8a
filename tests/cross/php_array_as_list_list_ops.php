<?php
// The as_list() view supports Python's list operations: slicing, ==, in, index, sort, reverse.
$f = compile_py_func(<<<'PY'
def f(a):
    l = a.as_list()
    print(l[1:3], l[::-1], 20 in l, l.index(30), l.count(10))
    print(l == [10, 20, 30, 10])
    l.sort()
    print(l[0], l[-1])
    l.reverse()
PY);
$arr = [10, 20, 30, 10];
$f($arr);
echo implode(",", $arr), "\n";
