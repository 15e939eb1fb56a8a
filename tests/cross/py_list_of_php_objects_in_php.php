<?php
// A Python list holding PHP objects, returned to PHP: the objects are the PHP originals.
class Item { function __construct(public $n) {} }
$wrap = compile_py_func("def wrap(*objs): return list(objs)");
$a = new Item(1);
$b = new Item(2);
$l = $wrap($a, $b, $a);
foreach ($l as $o) echo get_class($o), " ", $o->n, "\n";
var_dump($l[0] === $a, $l[2] === $a, $l[1] === $b);
$l[1]->n = 20;
echo $b->n, "\n";
