<?php
// A Python tuple reads like a PHP list.
$f = compile_py_func("def divmod2(a, b): return (a // b, a % b)");
$t = $f(17, 5);
echo $t[0], " ", $t[1], " ", count($t), "\n";
foreach ($f(9, 4) as $i => $v) echo "$i=$v\n";
