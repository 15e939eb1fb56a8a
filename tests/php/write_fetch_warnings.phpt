--TEST--
property writes on undefined variables throw without the undefined-variable warning; compound writes to dimensions of undefined variables warn
--FILE--
<?php
try { $null->a = 42; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $n2->a += 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $n3->a++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$arr[$k] += 1;
$cnt['x']++;
var_dump($arr, $cnt);
--EXPECTF--
Attempt to assign property "a" on null

Warning: Undefined variable $n2 in %s on line 3
Attempt to assign property "a" on null

Warning: Undefined variable $n3 in %s on line 4
Attempt to increment/decrement property "a" on null

Warning: Undefined variable $arr in %s on line 5

Warning: Undefined variable $k in %s on line 5

Warning: Undefined array key "" in %s on line 5

Warning: Undefined variable $cnt in %s on line 6

Warning: Undefined array key "x" in %s on line 6
array(1) {
  [""]=>
  int(1)
}
array(1) {
  ["x"]=>
  int(1)
}
