<?php
// Keys Python writes into a PHP array view follow PHP's key rules ("5" becomes 5); keys PHP arrays
// cannot hold (None, floats) raise TypeError.
$f = compile_py_func(<<<'PY'
def f(a):
    a['5'] = 'five'
    a['05'] = 'oh five'
    a[-2] = 'minus two'
    errors = []
    for bad in (None, 1.5, (1, 2)):
        try:
            a[bad] = 'x'
        except TypeError:
            errors.append(type(bad).__name__)
    return ','.join(errors)
PY);
$arr = [];
echo $f($arr), "\n";
var_dump($arr);
