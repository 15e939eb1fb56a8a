<?php
// compile_py_meth adds a Python method to a PHP class; self is $this.
class Rect {
    public $w, $h;
    function __construct($w, $h) { $this->w = $w; $this->h = $h; }
    function perimeter() { return 2 * ($this->w + $this->h); }
}
compile_py_meth("Rect", "def area(self): return self.w * self.h");
compile_py_meth("Rect", "def describe(self, unit): return '%dx%d %s, perimeter %d' % (self.w, self.h, unit, self.perimeter())");
compile_py_meth("Rect", "def scale(self, k):\n    self.w *= k\n    self.h *= k\n    return self");
$r = new Rect(3, 4);
echo $r->area(), "\n";
echo $r->describe("cm"), "\n";
echo $r->scale(2)->area(), " ", $r->w, "\n";
