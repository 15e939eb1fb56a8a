<?php
class Item { function __construct(public $n) {} }
function wrap(...$objs) { return $objs; }
$a = new Item(1);
$b = new Item(2);
$l = wrap($a, $b, $a);
foreach ($l as $o) echo get_class($o), " ", $o->n, "\n";
var_dump($l[0] === $a, $l[2] === $a, $l[1] === $b);
$l[1]->n = 20;
echo $b->n, "\n";
