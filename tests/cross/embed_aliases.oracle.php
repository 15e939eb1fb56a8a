<?php
$f = function ($x) { return $x + 1; };
echo $f(1), "\n";
function embedded_g($x) { return $x * 3; }
echo embedded_g(3), "\n";
class Widget { public $size = 4; function area() { return $this->size ** 2; } }
echo (new Widget)->area(), "\n";
