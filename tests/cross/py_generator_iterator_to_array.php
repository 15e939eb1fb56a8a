<?php
// iterator_to_array and yield from over Python generators in PHP.
$g = compile_py_func("def g(n):\n    for i in range(n):\n        yield 'item%d' % i");
print_r(iterator_to_array($g(3)));
function wrapper($g) {
    yield "start";
    yield from $g(2);
    yield "end";
}
foreach (wrapper($g) as $v) echo $v, "\n";
