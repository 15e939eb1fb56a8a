<?php
// A PHP object passed to Python and returned is the same PHP object (===); Python sees `is` identity.
class Node { public $v; function __construct($v) { $this->v = $v; } }
$echo = compile_py_func("def echo_(x): return x");
$same = compile_py_func("def same(a, b): return a is b");
$n = new Node(1);
var_dump($echo($n) === $n);
var_dump($same($n, $n), $same($n, new Node(1)));
$pair = compile_py_func("def pair(x): return [x, x]")($n);
var_dump($pair[0] === $pair[1], $pair[0] === $n);
$pair[0]->v = 99;
echo $n->v, "\n";
