<?php
class Temperature {
    public $c;
    function __construct($c) { $this->c = $c; }
    static function from_f($f) { return new Temperature(intdiv(($f - 32) * 5, 9)); }
}
$t = Temperature::from_f(212);
echo get_class($t), " ", $t->c, "\n";
echo Temperature::from_f(32)->c, "\n";
