<?php
// An exception raised in a Python constructor called from PHP.
$m = compile_py_mod("initerr", <<<'PY'
class Positive:
    def __init__(self, v):
        if v <= 0:
            raise ValueError("must be positive, got %d" % v)
        self.v = v
PY);
foreach ([3, -2, 7] as $v) {
    try {
        $p = $m->Positive($v);
        echo "ok ", $p->v, "\n";
    } catch (PyException $e) {
        echo "error ", $e->getMessage(), "\n";
    }
}
