<?php
// A Python list that goes through PHP comes back to Python as the same list (never double-wrapped).
$m = compile_py_mod("ident_mod", <<<'PY'
keep = [1, 2, 3]
def get():
    return keep
def same(x):
    return x is keep
def kind(x):
    return type(x).__name__
PY);
$l = $m->get();
var_dump($m->same($l));
echo $m->kind($l), "\n";
$holder = ["inner" => $l];
var_dump($m->same($holder["inner"]));
$copy = $l;
var_dump($m->same($copy));
