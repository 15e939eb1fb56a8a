--TEST--
classes: get_object_vars/property_exists/method_exists/get_class_methods depend on the calling scope
--FILE--
<?php
class A { public $pub = 1; protected $prot = 2; private $priv = 3;
  function vars() { return get_object_vars($this); } function methods() { return get_class_methods($this); }
  private function hidden() {} protected function shielded() {} public function open() {} }
class B extends A { private $mine = 4; function bvars() { return get_object_vars($this); } }
$b = new B;
var_dump(get_object_vars($b), $b->vars(), $b->bvars());
print_r(get_class_methods($b)); print_r($b->methods());
var_dump(property_exists($b, 'priv'), property_exists('B', 'prot'), property_exists($b, 'nope'), method_exists($b, 'hidden'), method_exists('B', 'OPEN'));
var_dump(get_class($b), get_parent_class($b), get_parent_class(new A), get_class_vars('B'));
$b->dyn = 5; var_dump(property_exists($b, 'dyn'), array_keys(get_object_vars($b)));
--EXPECTF--
array(1) {
  ["pub"]=>
  int(1)
}
array(3) {
  ["pub"]=>
  int(1)
  ["prot"]=>
  int(2)
  ["priv"]=>
  int(3)
}
array(3) {
  ["pub"]=>
  int(1)
  ["prot"]=>
  int(2)
  ["mine"]=>
  int(4)
}
Array
(
    [0] => bvars
    [1] => vars
    [2] => methods
    [3] => open
)
Array
(
    [0] => bvars
    [1] => vars
    [2] => methods
    [3] => hidden
    [4] => shielded
    [5] => open
)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
string(1) "B"
string(1) "A"
bool(false)
array(1) {
  ["pub"]=>
  int(1)
}

Deprecated: Creation of dynamic property B::$dyn is deprecated in %s on line 11
bool(true)
array(2) {
  [0]=>
  string(3) "pub"
  [1]=>
  string(3) "dyn"
}
