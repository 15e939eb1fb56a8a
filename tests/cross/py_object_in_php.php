<?php
// A Python object in PHP: attribute reads and writes, method calls.
$m = compile_py_mod("pt_mod", <<<'PY'
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
PY);
$p = $m->Point(3, 4);
echo $p->x, " ", $p->y, " ", $p->norm2(), "\n";
$p->x = 6;
echo $p->norm2(), "\n";
$q = $p->moved(1, 1);
echo $q->x, ",", $q->y, "\n";
$p->label = "new attr";
echo $p->label, "\n";
