<?php
// Python object attributes from PHP: isset, property read of missing attribute, properties, methods with defaults.
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
var_dump(isset($u->first), isset($u->middle));
$u->first = "G.";
echo $u->full, "\n";
