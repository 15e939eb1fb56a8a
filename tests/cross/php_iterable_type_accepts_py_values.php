<?php
// PHP parameters declared `iterable` / `array` given Python lists, dicts and generators.
function total(iterable $xs) { $s = 0; foreach ($xs as $v) $s += $v; return $s; }
function size(array $a) { return count($a); }
$m = compile_py_mod("itmod", "lst = [1, 2, 3]\nd = {'a': 10}\ndef gen():\n    yield 4\n    yield 5\n");
echo total($m->lst), " ", total($m->d), " ", total($m->gen()), "\n";
echo size($m->lst), " ", size($m->d), "\n";
