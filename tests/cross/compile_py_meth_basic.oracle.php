<?php
class Rect {
    public $w, $h;
    function __construct($w, $h) { $this->w = $w; $this->h = $h; }
    function perimeter() { return 2 * ($this->w + $this->h); }
    function area() { return $this->w * $this->h; }
    function describe($unit) { return sprintf('%dx%d %s, perimeter %d', $this->w, $this->h, $unit, $this->perimeter()); }
    function scale($k) { $this->w *= $k; $this->h *= $k; return $this; }
}
$r = new Rect(3, 4);
echo $r->area(), "\n";
echo $r->describe("cm"), "\n";
echo $r->scale(2)->area(), " ", $r->w, "\n";
