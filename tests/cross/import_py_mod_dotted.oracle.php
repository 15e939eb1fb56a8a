<?php
class Circle { function __construct(public $r) {} function area() { return M_PI * $this->r ** 2; } }
class Square { function __construct(public $s) {} function area() { return $this->s * $this->s; } }
function largest($shapes) { $best = null; foreach ($shapes as $s) if ($best === null || $s->area() > $best->area()) $best = $s; return $best; }
echo "1.0", "\n";
$c = new Circle(1);
$s = new Square(2);
printf("%.5f %d\n", $c->area(), $s->area());
$big = largest([$c, $s, new Circle(2)]);
printf("%.3f\n", $big->area());
