<?php
// A Python dict in PHP is copied on write; the dict in Python keeps its contents.
$m = compile_py_mod("dvs_state", "d = {'a': 1}\ndef show(): return repr(d)");
$arr = $m->d;
$arr["b"] = 2;
$arr["a"] = 10;
echo count($arr), " ", $arr["a"], "\n";
echo $m->show(), "\n";
