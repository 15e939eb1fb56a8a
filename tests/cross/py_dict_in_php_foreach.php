<?php
// PHP foreach over a Python dict yields key => value in insertion order.
$d = compile_py_func("def mk(): return {'one': 1, 'two': 2, 3: 'three'}")();
foreach ($d as $k => $v) echo $k, " => ", $v, "\n";
echo count($d), " ", $d['two'], " ", $d[3], "\n";
var_dump(isset($d['one']), isset($d['nine']));
