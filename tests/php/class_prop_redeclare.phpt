--TEST--
classes: redeclared properties may widen visibility and change defaults; static properties are redeclared per class
--FILE--
<?php
class A { public $pub = 'A'; protected $prot = 'A'; public static $st = 'A'; protected static $pst = 'A';
  function showA() { return "$this->pub $this->prot " . static::$pst; } }
class B extends A { public $pub = 'B'; public $prot = 'B'; public static $st = 'B'; public static $pst = 'B'; }
$b = new B; echo $b->showA(), " ", $b->prot, " ", A::$st, B::$st, B::$pst, "\n";
var_dump($b, new A);
--EXPECT--
B B B B ABB
object(B)#1 (2) {
  ["pub"]=>
  string(1) "B"
  ["prot"]=>
  string(1) "B"
}
object(A)#2 (2) {
  ["pub"]=>
  string(1) "A"
  ["prot":protected]=>
  string(1) "A"
}
