<?php
// An exception raised four language crossings deep (PHP -> Python -> PHP -> Python) arrives at the
// top PHP frame as PyException with the original message; intermediate frames did not catch it.
$deepest = compile_py_func("def deepest(n): raise OverflowError('depth %d' % n)");
function php_mid($n) { global $deepest; return $deepest($n + 1); }
$py_top = compile_py_func("def py_top(n): return php_mid(n + 1)");
try {
    $py_top(1);
} catch (PyException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
