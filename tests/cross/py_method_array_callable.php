<?php
// Python bound methods taken out of an object are callable PHP values.
$m = compile_py_mod("bm_mod", <<<'PY'
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return len(self.items)
    def total(self):
        return sum(self.items)
PY);
$acc = $m->Acc();
$add = $acc->add;
$add(5);
$add(7);
echo $acc->total(), "\n";
echo call_user_func([$acc, "add"], 8), "\n";
echo call_user_func($add, 1), " ", $acc->total(), "\n";
echo implode(",", array_map($acc->add, [1, 1])), "\n";
