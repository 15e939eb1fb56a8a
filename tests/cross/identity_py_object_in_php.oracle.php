<?php
class P { function __construct(public $x) {} }
$shared = new P(1);
function fresh($x) { return new P($x); }
$a = $shared;
$b = $shared;
$c = fresh(1);
$d = fresh(2);
var_dump($a === $b, $a === $c);
var_dump($a == $c, $a == $d);
