<?php
// A Python object with __len__ and __getitem__ works with PHP's count() and [] reads.
$m = compile_py_mod("protomod", <<<'PY'
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return i * i
PY);
$s = $m->Squares(5);
echo count($s), "\n";
for ($i = 0; $i < count($s); $i++) echo $s[$i], " ";
echo "\n";
