<?php
$f = function ($x) { return $x + 1; };
echo $f(1), "\n";
function py_with_line($x) { return $x * 2; }
echo py_with_line(21), "\n";
class K { function m() { return 'meth'; } }
echo (new K)->m(), "\n";
