--TEST--
err: warning texts for undefined variables, array keys, offsets, properties and string offsets
--FILE--
<?php
echo $undef;
$a = [1];
echo $a[5];
echo $a['key'];
$s = "abc";
echo $s[10];
echo $s[-10];
$o = new stdClass;
echo $o->missing;
$n = null;
echo $n['k'];
echo $n->prop;
$i = 5;
echo $i[0];
echo "\n", "after\n";
function f() { return $local; }
var_dump(f());
$arr = [];
$arr['x']++;
var_dump($arr);
$undefArr[] = 1;
$cnt = $missing + 1;
echo $cnt, "\n";
--EXPECTF--

Warning: Undefined variable $undef in %s on line 2

Warning: Undefined array key 5 in %s on line 4

Warning: Undefined array key "key" in %s on line 5

Warning: Uninitialized string offset 10 in %s on line 7

Warning: Uninitialized string offset -10 in %s on line 8

Warning: Undefined property: stdClass::$missing in %s on line 10

Warning: Trying to access array offset on value of type null in %s on line 12

Warning: Attempt to read property "prop" on null in %s on line 13

Warning: Trying to access array offset on value of type int in %s on line 15

after

Warning: Undefined variable $local in %s on line 17
NULL

Warning: Undefined array key "x" in %s on line 20
array(1) {
  ["x"]=>
  int(1)
}

Warning: Undefined variable $missing in %s on line 23
1
