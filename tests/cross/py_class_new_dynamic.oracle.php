<?php
class Box { function __construct(public $v) {} function get() { return $this->v; } }
$C = "Box";
$b = new $C(42);
echo $b->get(), " ", $b->v, "\n";
