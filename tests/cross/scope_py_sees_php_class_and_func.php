<?php
// From a compile_py_func body: PHP classes and functions resolve by name and are callable from Python.
class Money {
    public function __construct(public int $cents) {}
    public function fmt() { return sprintf("$%d.%02d", intdiv($this->cents, 100), $this->cents % 100); }
}
function cents_of($s) { return (int) round(floatval($s) * 100); }
$f = compile_py_func("def f(s): return Money(cents_of(s)).fmt()");
echo $f("12.5"), "\n";
echo $f("0.07"), "\n";
