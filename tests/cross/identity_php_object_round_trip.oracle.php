<?php
class Node { public $v; function __construct($v) { $this->v = $v; } }
function echo_($x) { return $x; }
function same($a, $b) { return $a === $b; }
$n = new Node(1);
var_dump(echo_($n) === $n);
var_dump(same($n, $n), same($n, new Node(1)));
function pair($x) { return [$x, $x]; }
$pair = pair($n);
var_dump($pair[0] === $pair[1], $pair[0] === $n);
$pair[0]->v = 99;
echo $n->v, "\n";
