<?php
// `new $c(...)` with $c a Python class creates an instance.
$m = compile_py_mod("cls_new_mod", "class Box:\n    def __init__(self, v):\n        self.v = v\n    def get(self):\n        return self.v\n");
$C = $m->Box;
$b = new $C(42);
echo $b->get(), " ", $b->v, "\n";
