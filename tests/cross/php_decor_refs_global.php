<?php
// A by-reference Python function installed with compile_py_func_global, used like a PHP one.
compile_py_func_global("@php_decor(refs=[0])\ndef bump(counter):\n    counter.store(counter.deref() + 1)");
$n = 5;
bump($n);
bump($n);
echo $n, "\n";
$arr = ["hits" => 0];
bump($arr["hits"]);
echo $arr["hits"], "\n";
