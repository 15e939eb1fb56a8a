<?php
// A Python function reading an outer PHP array sees PHP's later changes to it (late binding).
function run() {
    $items = ["a" => 1];
    $count = compile_py_func("def count(): return len(items)");
    $sum = compile_py_func("def total(): return sum(items.values())");
    echo $count(), " ", $sum(), "\n";
    $items["b"] = 2;
    $items["c"] = 3;
    echo $count(), " ", $sum(), "\n";
    unset($items["a"]);
    echo $count(), " ", $sum(), "\n";
}
run();
