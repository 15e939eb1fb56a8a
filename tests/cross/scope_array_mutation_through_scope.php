<?php
// An array reached through scope can be mutated in place by the Python function.
function collect() {
    $seen = [];
    $add = compile_py_func("def add(x): seen[x] = len(seen)");
    foreach (["a", "b", "a", "c"] as $w) $add($w);
    print_r($seen);
}
collect();
