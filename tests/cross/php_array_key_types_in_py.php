<?php
// PHP array keys seen from Python: integer keys (including numeric strings PHP normalised) are int,
// other keys str.
$f = compile_py_func("def keys(a): return ' '.join(type(k).__name__ + ':' + repr(k) for k in a)");
echo $f(["5" => "a", "x" => "b", 7 => "c", "07" => "d", -3 => "e", "1.5" => "f"]), "\n";
$g = compile_py_func("def lookup(a): return (a[5], a['x'], a['07'])");
$r = $g(["5" => "five", "x" => "ex", "07" => "oh-seven"]);
echo $r[0], " ", $r[1], " ", $r[2], "\n";
