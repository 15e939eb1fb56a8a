<?php
// PHP primitives seen from Python keep their type.
$t = compile_py_func("def t(v): return type(v).__name__ + ':' + repr(v)");
foreach ([0, 42, -1, PHP_INT_MAX, PHP_INT_MIN, 1.0, -0.5, 1e100, true, false, null, "s", "ünï"] as $v) {
    echo $t($v), "\n";
}
