<?php
// stdout of both languages interleaves in program order (print end='', echo, printf, large chunks).
$p = compile_py_func("def p(i): print('py', i, end='; ')");
for ($i = 0; $i < 5; $i++) { echo "php $i; "; $p($i); }
echo "\n";
$big = compile_py_func("def big(): print('y' * 5000)");
echo str_repeat("x", 5000), "\n";
$big();
printf("%s\n", "after big");
$q = compile_py_func("def q(): print('py line')");
for ($i = 0; $i < 3; $i++) { $q(); print("php line\n"); }
