--TEST--
classes: creating dynamic properties is deprecated in 8.2 except on stdClass and #[AllowDynamicProperties]
--FILE--
<?php
class Plain { public $a; }
$p = new Plain; $p->b = 1; $p->b = 2; var_dump($p->b);
$s = new stdClass; $s->x = 1;
#[AllowDynamicProperties] class Dyn {} $d = new Dyn; $d->y = 2;
class Child extends Dyn {} $c = new Child; $c->z = 3;
$name = "with space"; $p->$name = 3;
unset($p->b); $p->b = 4;
var_dump($p);
class Magic { function __set($n, $v) { echo "set $n\n"; } } $m = new Magic; $m->q = 1;
$p2 = new Plain; $ref = &$p2->r;
$p2->arr[] = 1;
--EXPECTF--

Deprecated: Creation of dynamic property Plain::$b is deprecated in %s on line 3
int(2)

Deprecated: Creation of dynamic property Plain::$with space is deprecated in %s on line 7

Deprecated: Creation of dynamic property Plain::$b is deprecated in %s on line 8
object(Plain)#1 (3) {
  ["a"]=>
  NULL
  ["with space"]=>
  int(3)
  ["b"]=>
  int(4)
}
set q

Deprecated: Creation of dynamic property Plain::$r is deprecated in %s on line 11

Deprecated: Creation of dynamic property Plain::$arr is deprecated in %s on line 12
