<?php
// @php_decor(static=True) makes a compile_py_meth method static: called as C::m().
class Temperature {
    public $c;
    function __construct($c) { $this->c = $c; }
}
compile_py_meth("Temperature", "@php_decor(static=True)\ndef from_f(f): return Temperature((f - 32) * 5 // 9)");
$t = Temperature::from_f(212);
echo get_class($t), " ", $t->c, "\n";
echo Temperature::from_f(32)->c, "\n";
