<?php
function j($xs) { $s = []; foreach ($xs as $x) $s[] = $x; return implode(",", $s); }
// PHP closures (with use-captured variables, arrow fns) are callable from Python.
$apply = compile_py_func("def apply(f, xs): return [f(x) for x in xs.values()]");
$k = 3;
$times = function ($x) use ($k) { return $x * $k; };
echo j($apply($times, [1, 2, 3])), "\n";
echo j($apply(fn($x) => $x . "!", ["a", "b"])), "\n";
$counter = 0;
$inc = function ($x) use (&$counter) { $counter += $x; return $counter; };
echo j($apply($inc, [5, 6, 7])), "\n";
echo $counter, "\n";
