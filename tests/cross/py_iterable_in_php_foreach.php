<?php
// PHP foreach over Python iterables: range, map, a custom iterator class, zip.
$m = compile_py_mod("iters", <<<'PY'
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
def squares(n):
    return map(lambda x: x * x, range(n))
def pairs():
    return zip("abc", [1, 2, 3])
PY);
foreach ($m->Countdown(3) as $v) echo $v, " ";
echo "\n";
foreach ($m->squares(5) as $v) echo $v, " ";
echo "\n";
foreach ($m->pairs() as $p) echo $p[0], $p[1], " ";
echo "\n";
