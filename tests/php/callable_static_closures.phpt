--TEST--
callables: static closures, closures without scope, $this unbinding warnings and rebinding scope of first-class callables
--FILE--
<?php
class K { private $v = 'private v'; function getClosure() { return function() { return $this->v; }; } function getStatic() { return static fn() => isset($this); } }
$k = new K;
$c = $k->getClosure(); echo $c(), "\n";
$s = $k->getStatic(); var_dump($s());
$other = new K; $rebound = $c->bindTo($other); echo $rebound(), "\n";
$fcc = strlen(...); var_dump($fcc('four'), Closure::bind($fcc, null)('x'));
--EXPECT--
private v
bool(false)
private v
int(4)
int(1)
