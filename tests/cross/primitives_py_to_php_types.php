<?php
// Values returned by Python arrive as PHP's own primitive types.
$vals = compile_py_func("def vals(): return (1, -2**40, 3.75, True, False, None, 'héllo', '')")();
foreach ($vals as $v) {
    var_dump($v);
}
$one = compile_py_func("def one(): return 1");
var_dump(is_int($one()), $one() === 1);
$fl = compile_py_func("def fl(): return 0.1 + 0.2");
var_dump($fl(), is_float($fl()));
$n = compile_py_func("def n(): return None");
var_dump(is_null($n()), $n() === null);
