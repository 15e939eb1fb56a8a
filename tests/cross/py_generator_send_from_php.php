<?php
// A Python generator driven by PHP through the generator's own methods (send via Python's protocol).
$m = compile_py_mod("gsend", <<<'PY'
def averager():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
PY);
$g = $m->averager();
$nxt = compile_py_func("def nxt(g): return next(g)");
$send = compile_py_func("def send(g, v): return g.send(v)");
$nxt($g);
echo $send($g, 10), "\n";
echo $send($g, 20), "\n";
echo $send($g, 60), "\n";
