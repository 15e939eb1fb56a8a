--TEST--
magic methods: __get returning by reference allows indirect modification; by value emits a notice
--FILE--
<?php
class ByVal { private $d = ['a' => []]; function __get($n) { return $this->d[$n]; } }
class ByRef { private $d = ['a' => []]; function &__get($n) { return $this->d[$n]; } function dump() { var_dump($this->d); } }
$v = new ByVal; $v->a[] = 1; var_dump($v->a);
$r = new ByRef; $r->a[] = 1; $r->a['k'] = 2; $r->dump();
--EXPECTF--

Notice: Indirect modification of overloaded property ByVal::$a has no effect in %s on line 4
array(0) {
}
array(1) {
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    ["k"]=>
    int(2)
  }
}
