--TEST--
classes: == compares properties recursively, === compares identity, < compares property-wise
--FILE--
<?php
class V { function __construct(public $a, public $b = null) {} }
$x = new V(1, [1, 2]); $y = new V(1, [1, 2]); $z = new V("1", [1, 2]); $w = new V(2);
var_dump($x == $y, $x === $y, $x == $z, $x != $w, $x < $w, $w > $x);
$o1 = new stdClass; $o1->p = 1; $o2 = new stdClass; $o2->p = 1; $o2->q = 2;
var_dump($o1 == $o2, $o1 < $o2);
class Other { public $a = 1; public $b = null; }
var_dump(new V(1) == new Other);
$r1 = new V(null); $r1->a = $r1;
var_dump($r1 == $r1);
var_dump(new V(1) <=> new V(2), new V(3) <=> new V(2), new V(2) <=> new V(2));
var_dump($x == 1);
--EXPECTF--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
int(-1)
int(1)
int(0)

Notice: Object of class V could not be converted to int in %s on line 12
bool(true)
