<?php
// A view Python keeps after the call still aliases the PHP variable (arrays cross by reference):
// later PHP changes are seen by Python, later Python changes by PHP.
$m = compile_py_mod("keepm", <<<'PY'
saved = None
def save(a):
    global saved
    saved = a
def poke():
    saved['poked'] = True
def size():
    return len(saved)
PY);
$arr = ['a' => 1];
$m->save($arr);
$arr['b'] = 2;
echo $m->size(), "\n";
$m->poke();
echo count($arr), " ", implode(",", array_keys($arr)), "\n";
