<?php
// A Python generator raising midway through a PHP foreach: the items before arrive, then PyException.
$g = compile_py_func(<<<'PY'
def g():
    yield 1
    yield 2
    raise ValueError("generator broke")
PY);
try {
    foreach ($g() as $v) echo "got $v\n";
} catch (PyException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
