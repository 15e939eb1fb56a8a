--TEST--
compound assignment to a new element ($a[] .= v)
--FILE--
<?php
$a = [1];
$a[] .= "x";
$a[] += 5;
$b = ["k" => []];
$b["k"][] .= "y";
var_dump($a, $b);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  string(1) "x"
  [2]=>
  int(5)
}
array(1) {
  ["k"]=>
  array(1) {
    [0]=>
    string(1) "y"
  }
}
