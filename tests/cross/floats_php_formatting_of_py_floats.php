<?php
// Floats computed in Python print by PHP's rules in PHP (echo precision 14, var_dump shortest repr).
$vals = compile_py_func("def vals(): return [0.1 + 0.2, 1/3, 2.0, 1e20, 1e-7, 123456789.125, -0.0]")();
foreach ($vals as $v) {
    echo $v, " | ";
    var_dump($v);
}
echo json_like($vals), "\n";
function json_like($xs) { $o = []; foreach ($xs as $x) $o[] = var_export($x, true); return implode(",", $o); }
