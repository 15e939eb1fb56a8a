<?php
// as_list() gives a list view of an integer-keyed PHP array.
$f = compile_py_func(<<<'PY'
def use(a):
    l = a.as_list()
    print(len(l), l[0], l[-1])
    print([x * 2 for x in l])
    l.append(99)
    l[1] = "one"
    return len(a)
PY);
$arr = [10, 20, 30];
echo $f($arr), "\n";
print_r($arr);
