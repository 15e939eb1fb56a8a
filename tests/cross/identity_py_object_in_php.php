<?php
// Python objects compared in PHP: === is identity of the underlying object; == uses Python's equality.
$m = compile_py_mod("eqmod", <<<'PY'
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
a = P(1)
def fresh(x):
    return P(x)
PY);
$a = $m->a;
$b = $m->a;
$c = $m->fresh(1);
$d = $m->fresh(2);
var_dump($a === $b, $a === $c);
var_dump($a == $c, $a == $d);
