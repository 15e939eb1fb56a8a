<?php
// PHP 8 named arguments become Python keyword arguments.
$m = compile_py_mod("named", <<<'PY'
def box(text, border='*', pad=0):
    inner = ' ' * pad + text + ' ' * pad
    return border * (len(inner) + 2) + '\n' + border + inner + border + '\n' + border * (len(inner) + 2)
def kwonly(a, *, b=2, c=3):
    return a * 100 + b * 10 + c
PY);
$box = $m->box;
echo $box("hi"), "\n";
echo $box("hi", pad: 1), "\n";
echo $box(border: "#", text: "yo"), "\n";
$k = $m->kwonly;
echo $k(1, c: 9), "\n";
echo $m->kwonly(4, b: 5), "\n";
