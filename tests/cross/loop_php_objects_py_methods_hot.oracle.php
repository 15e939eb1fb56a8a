<?php
class Vec {
    function __construct(public $x, public $y) {}
    function add($o) { return new Vec($this->x + $o->x, $this->y + $o->y); }
    function dot($o) { return $this->x * $o->x + $this->y * $o->y; }
}
$acc = new Vec(0, 0);
for ($i = 0; $i < 3000; $i++) {
    $acc = $acc->add(new Vec($i % 7, $i % 5));
}
echo $acc->x, " ", $acc->y, " ", $acc->dot(new Vec(1, 2)), "\n";
