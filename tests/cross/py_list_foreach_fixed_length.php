<?php
// PHP foreach over a Python list fixes the length at loop start, even if Python appends during the loop.
$m = compile_py_mod("ffl_state", "items = [1, 2, 3]\ndef grow(x): items.append(x * 10)\ndef n(): return len(items)");
foreach ($m->items as $v) {
    echo $v, "\n";
    $m->grow($v);
}
echo $m->n(), "\n";
