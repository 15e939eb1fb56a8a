--TEST--
comparisons of deeply nested arrays and objects that are not cyclic recurse to the end; the same cyclic array compared with itself is equal at once
--FILE--
<?php
class Node { public $next = null; public $v; function __construct($v) { $this->v = $v; } }
$a = []; $b = [];
for ($i = 0; $i < 500; $i++) { $a = [$i, $a]; $b = [$i, $b]; }
var_dump($a == $b, $a === $b, $a <=> $b, $a < $b);
$b[1][1][1][0] = -1;
var_dump($a == $b, $a === $b, $a <=> $b);
$x = new Node(0); $y = new Node(0);
$p = $x; $q = $y;
for ($i = 1; $i < 300; $i++) { $p->next = new Node($i); $q->next = new Node($i); $p = $p->next; $q = $q->next; }
var_dump($x == $y, $x <=> $y);
$q->v = 1000;
var_dump($x == $y, $x < $y);
$c = [1]; $c[] = &$c;
var_dump($c == $c, $c === $c);
$shared = [1, 2];
var_dump([$shared, [$shared, $shared]] == [$shared, [$shared, $shared]]);
--EXPECT--
bool(true)
bool(true)
int(0)
bool(false)
bool(false)
bool(false)
int(1)
bool(true)
int(0)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
