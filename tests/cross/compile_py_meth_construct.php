<?php
// compile_py_meth can supply __construct: `new` runs the Python constructor with $this as self.
class Pair {
    public $a;
    public $b;
    public function sum() { return $this->a + $this->b; }
}
compile_py_meth("Pair", "def __construct(self, a, b=10):\n    self.a = a\n    self.b = b");
$p = new Pair(1, 2);
echo $p->sum(), "\n";
$q = new Pair(5);
echo $q->sum(), " ", $q->b, "\n";
