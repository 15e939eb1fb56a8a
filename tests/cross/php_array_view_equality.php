<?php
// A PHP array view compares equal (==) to a dict with the same items, as a Mapping does.
$f = compile_py_func("def f(a): return (a == {'x': 1, 'y': 2}, a != {'x': 1}, dict(a) == {'x': 1, 'y': 2})");
$r = $f(["x" => 1, "y" => 2]);
var_dump($r[0], $r[1], $r[2]);
