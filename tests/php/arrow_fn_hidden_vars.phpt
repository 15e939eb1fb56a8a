--TEST--
arrow functions: variable variables, func_get_args() and compact() see the arrow function's own variables and arguments, not its parent's
--FILE--
<?php
function outer($x) {
    $f = fn($y) => func_get_args();
    var_dump($f(10, 20), func_get_args());
    $g = fn() => [$x, func_num_args()];
    var_dump($g(1, 2, 3));
    $name = "x";
    $h = fn() => $$name ?? "unset";
    var_dump($h());
    $k = fn() => compact('x');
    var_dump($k());
}
outer(5, 6);
$top = "global";
$which = "top";
$read = fn() => $$which;
var_dump($read());
${"9"} = "digit";
$digit = fn() => ${"9"};
var_dump($digit());
--EXPECTF--
array(2) {
  [0]=>
  int(10)
  [1]=>
  int(20)
}
array(2) {
  [0]=>
  int(5)
  [1]=>
  int(6)
}
array(2) {
  [0]=>
  int(5)
  [1]=>
  int(3)
}
string(5) "unset"

Warning: compact(): Undefined variable $x in %s on line 10
array(0) {
}

Warning: Undefined variable $top in %s on line 16
NULL
string(5) "digit"
