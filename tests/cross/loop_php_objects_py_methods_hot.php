<?php
// Many Python objects created and used from a PHP loop.
$m = compile_py_mod("vecmod", <<<'PY'
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
PY);
$acc = $m->Vec(0, 0);
for ($i = 0; $i < 3000; $i++) {
    $acc = $acc->add($m->Vec($i % 7, $i % 5));
}
echo $acc->x, " ", $acc->y, " ", $acc->dot($m->Vec(1, 2)), "\n";
