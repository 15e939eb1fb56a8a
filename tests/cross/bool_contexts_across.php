<?php
// Truthiness of crossed values follows the language that tests them.
$vals = compile_py_func("def vals(): return [0, 1, '', '0', 'a', [], [0], None, 0.0]")();
foreach ($vals as $i => $v) {
    echo $i, ":", $v ? "T" : "F", " ";
}
echo "\n";
$py_truth = compile_py_func("def t(v): return 'T' if v else 'F'");
foreach ([0, 1, "", "0", "a", null, 0.0] as $i => $v) {
    echo $i, ":", $py_truth($v), " ";
}
echo "\n";
