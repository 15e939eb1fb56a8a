--TEST--
An array passed by value keeps its value when a later argument of the same call changes the variable by reference
--FILE--
<?php
function f($a, $b) { var_dump(count($a)); }
function push(&$x) { $x[] = 1; return 0; }
$arr = [3, 1, 2];
f($arr, array_push($arr, 4));
f($arr, array_pop($arr));
f($arr, push($arr));
f($arr, $arr[] = 5);
$s = [1, 2];
var_dump([$s, array_shift($s)]);
function g() {
    $arr = [1];
    f($arr, array_push($arr, 9));
    $x = $arr;
    f($x, array_push($x, 9));
    f($x, count($x));
}
g();
$q = [1, 2, 3];
$r = array_merge($q, [array_pop($q)]);
var_dump(count($r), $q);
--EXPECT--
int(3)
int(4)
int(3)
int(4)
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  int(1)
}
int(1)
int(2)
int(3)
int(4)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
