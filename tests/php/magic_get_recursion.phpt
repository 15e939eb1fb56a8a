--TEST--
magic methods: recursion guard: inside __get the same property is accessed directly
--FILE--
<?php
class G { public function __get($n) { echo "__get($n)\n"; return $this->$n; }
  public function __set($n, $v) { echo "__set($n)\n"; $this->$n = $v; } }
$g = new G;
var_dump($g->x);
$g->y = 5;
var_dump($g->y);
var_dump($g);
class H { private $p = 'private'; function __get($n) { return "magic $n"; } }
$h = new H; echo $h->p, "\n";
$f = function() { return $this->p; }; echo Closure::bind($f, $h, H::class)(), "\n";
--EXPECTF--
__get(x)

Warning: Undefined property: G::$x in %s on line 2
NULL
__set(y)

Deprecated: Creation of dynamic property G::$y is deprecated in %s on line 3
int(5)
object(G)#1 (1) {
  ["y"]=>
  int(5)
}
magic p
private
