--TEST--
array_walk and array_walk_recursive over an object: keys name the visibility, by-reference callbacks write the properties back
--FILE--
<?php
class W {
    private $pri = 1;
    protected $pro = [2, 3];
    public $pub = 4;
    function dump() { var_dump($this->pri, $this->pro, $this->pub); }
}
$w = new W;
array_walk($w, function ($v, $k) { echo strtr($k, "\0", "|"), " => ", json_encode($v), "\n"; });
array_walk($w, function (&$v, $k, $add) { if (is_int($v)) $v += $add; }, 10);
$w->dump();
array_walk_recursive($w, function (&$v) { $v *= 2; });
$w->dump();
$o = new stdClass; $o->a = 'x'; $o->b = 'y';
array_walk($o, function (&$v, $k) { $v = strtoupper($v) . $k; });
var_dump($o);
try {
    $s = "str";
    array_walk($s, 'strlen');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
|W|pri => 1
|*|pro => [2,3]
pub => 4
int(11)
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
int(14)
int(22)
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(6)
}
int(28)
object(stdClass)#2 (2) {
  ["a"]=>
  string(2) "Xa"
  ["b"]=>
  string(2) "Yb"
}
array_walk(): Argument #1 ($array) must be of type array, string given
