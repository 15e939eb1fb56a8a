--TEST--
Reference assignment of call results: a by-value result gets "Only variables should be assigned by reference", a by-reference function returning a value or a by-value call's result gets "Only variable references should be returned by reference" once, and real references bind
--FILE--
<?php
class Box {
    public $items = [1, 2];
    function plain() { return 10; }
    function &slot() { return $this->items[0]; }
    static function &literal() { return 5; }
    function &relay($m) { return $this->$m(); }
}
function by_value() { return [3]; }
function &by_ref_var() { static $kept = 0; $kept++; return $kept; }
function &by_ref_const() { return "const"; }

$b = new Box;
$x = &by_value();
var_dump($x);
$y = &by_ref_var();
$y += 100;
var_dump(by_ref_var());
$z = &by_ref_const();
var_dump($z);
$s = &$b->slot();
$s = "changed";
var_dump($b->items[0]);
$p = &$b->plain();
var_dump($p);
$l = &Box::literal();
var_dump($l);
$arr = [];
$arr['k'] = &$b->plain();
$b->prop = null;
$r1 = &$b->relay('plain');
var_dump($r1);
$r2 = &$b->relay('slot');
$r2 = "via relay";
var_dump($b->items[0]);
$v = $b->relay('plain');
var_dump($v, $arr);
--EXPECTF--

Notice: Only variables should be assigned by reference in %s on line 14
array(1) {
  [0]=>
  int(3)
}
int(102)

Notice: Only variable references should be returned by reference in %s on line 11
string(5) "const"
string(7) "changed"

Notice: Only variables should be assigned by reference in %s on line 24
int(10)

Notice: Only variable references should be returned by reference in %s on line 6
int(5)

Notice: Only variables should be assigned by reference in %s on line 29

Deprecated: Creation of dynamic property Box::$prop is deprecated in %s on line 30

Notice: Only variable references should be returned by reference in %s on line 7
int(10)
string(9) "via relay"

Notice: Only variable references should be returned by reference in %s on line 7
int(10)
array(1) {
  ["k"]=>
  int(10)
}
