<?php
#[AllowDynamicProperties]
class Point {
    function __construct(public $x, public $y) {}
    function norm2() { return $this->x * $this->x + $this->y * $this->y; }
    function moved($dx, $dy) { return new Point($this->x + $dx, $this->y + $dy); }
}
$p = new Point(3, 4);
echo $p->x, " ", $p->y, " ", $p->norm2(), "\n";
$p->x = 6;
echo $p->norm2(), "\n";
$q = $p->moved(1, 1);
echo $q->x, ",", $q->y, "\n";
$p->label = "new attr";
echo $p->label, "\n";
