<?php
// A Python list in PHP has value semantics: writes in PHP copy, the Python original is unchanged.
$m = compile_py_mod("vs_state", "keep = [1, 2, 3]\ndef get(): return repr(keep)");
$l = $m->keep;
$l[0] = 100;
$l[] = 4;
echo count($l), " ", $l[0], "\n";
echo $m->get(), "\n";
$copy = $l;
$copy[1] = "x";
echo $l[1], " ", $copy[1], "\n";
