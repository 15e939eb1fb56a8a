<?php
// PHP foreach over Python dict views: items() gives tuples, keys() and values() give items.
$d = compile_py_func("def mk(): return {'x': 1, 'y': 2}")();
$items = compile_py_func("def items(d): return d.items()")($d);
foreach ($items as $pair) echo $pair[0], "=", $pair[1], "\n";
$keys = compile_py_func("def keys(d): return d.keys()")($d);
foreach ($keys as $k) echo $k, "\n";
