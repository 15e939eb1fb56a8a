--TEST--
classes: constructor property promotion with defaults, visibility, types, and by-reference
--FILE--
<?php
class Point { public function __construct(public int $x = 0, protected int $y = 0, private ?string $label = null) {}
  public function dump() { return "$this->x,$this->y," . var_export($this->label, true); } }
$p = new Point(1, 2, "a"); echo $p->dump(), "\n";
$q = new Point(y: 5); echo $q->dump(), "\n";
var_dump($q);
class RefP { public function __construct(public array &$arr) {} }
$data = [1]; $r = new RefP($data); $r->arr[] = 2; var_dump($data);
class MixedP { public $extra = 'e'; public function __construct(public string $name, $plain = 'p') { $this->extra .= $plain; } }
var_dump(new MixedP("n"));
try { new Point("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
1,2,'a'
0,5,NULL
object(Point)#2 (3) {
  ["x"]=>
  int(0)
  ["y":protected]=>
  int(5)
  ["label":"Point":private]=>
  NULL
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
object(MixedP)#4 (2) {
  ["extra"]=>
  string(2) "ep"
  ["name"]=>
  string(1) "n"
}
Point::__construct(): Argument #1 ($x) must be of type int, string given, called in %s on line 11
