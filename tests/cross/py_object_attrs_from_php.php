<?php
$m = compile_py_mod("attrmod", <<<'PY'
class User:
    def __init__(self, first, last):
        self.first = first
        self.last = last
    @property
    def full(self):
        return self.first + " " + self.last
    def initials(self, sep="."):
        return self.first[0] + sep + self.last[0] + sep
PY);
$u = $m->User("Grace", "Hopper");
echo $u->full, "\n";
echo $u->initials(), " ", $u->initials("-"), "\n";
$u->first = "G.";
echo $u->full, "\n";
