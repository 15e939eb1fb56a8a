<?php
// PHP foreach over a Python list yields index => item.
$l = compile_py_func("def mk(): return ['red', 'green', 'blue']")();
foreach ($l as $c) echo $c, "\n";
foreach ($l as $i => $c) echo $i, ":", $c, "\n";
echo count($l), " ", $l[1], "\n";
$sum = 0;
foreach (compile_py_func("def r(): return list(range(1, 11))")() as $n) $sum += $n;
echo $sum, "\n";
