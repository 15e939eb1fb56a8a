--TEST--
iterators: foreach over plain objects visits accessible properties in scope; modification by reference
--FILE--
<?php
class P { public $a = 1; protected $b = 2; private $c = 3; public $d = 4;
  function inside() { foreach ($this as $k => $v) echo "$k=$v "; echo "\n"; } }
$p = new P; $p->e = 5;
foreach ($p as $k => $v) echo "$k=$v "; echo "\n";
$p->inside();
foreach ($p as $k => &$v) { $v = $v * 100; } unset($v);
var_dump($p);
$o = new stdClass; $o->x = 1; foreach ($o as $k => $v) { $o->y = 2; echo "$k "; } echo "\n";
--EXPECTF--

Deprecated: Creation of dynamic property P::$e is deprecated in %s on line 4
a=1 d=4 e=5 
a=1 b=2 c=3 d=4 e=5 
object(P)#1 (5) {
  ["a"]=>
  int(100)
  ["b":protected]=>
  int(2)
  ["c":"P":private]=>
  int(3)
  ["d"]=>
  int(400)
  ["e"]=>
  int(500)
}
x y 
