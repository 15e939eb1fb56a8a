<?php
// Calling a Python class from PHP instantiates it; class attributes read through the class value.
$m = compile_py_mod("cls_call_mod", <<<'PY'
class Counter:
    created = 0
    def __init__(self, start=0):
        Counter.created += 1
        self.n = start
    def inc(self):
        self.n += 1
        return self.n
PY);
$C = $m->Counter;
$a = $C(10);
$b = $C();
echo $a->inc(), " ", $a->inc(), " ", $b->inc(), "\n";
echo $C->created, "\n";
$c = $m->Counter(7);
echo $c->inc(), " ", $C->created, "\n";
