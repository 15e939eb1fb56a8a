--TEST--
arr_pop_positions: array_pop after deletions at the end and in the middle, with string keys, the next free key and the internal pointer
--FILE--
<?php
$a = [1, 2, 3, 4, 5];
unset($a[4]);
var_dump(array_pop($a), $a);
$a[] = "x";
var_dump(array_key_last($a));
$b = [1, 2, 3];
unset($b[1]);
var_dump(array_pop($b), array_pop($b), array_pop($b), $b);
$b[] = "y";
var_dump($b);
$c = ["a" => 1, 5 => 2, "b" => 3];
next($c);
next($c);
var_dump(array_pop($c), current($c), key($c));
$c[] = 9;
var_dump($c);
$d = [];
for ($i = 0; $i < 100; $i++)
    $d[] = $i;
for ($i = 0; $i < 100; $i += 3)
    unset($d[$i]);
$sum = 0;
while ($d)
    $sum += array_pop($d);
var_dump($sum, $d);
$d[] = 1;
var_dump(array_keys($d));
$e = [7 => "p", 3 => "q"];
var_dump(array_pop($e));
$e[] = "r";
var_dump($e);
--EXPECT--
int(4)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(5)
int(3)
int(1)
NULL
array(0) {
}
array(1) {
  [2]=>
  string(1) "y"
}
int(3)
int(1)
string(1) "a"
array(3) {
  ["a"]=>
  int(1)
  [5]=>
  int(2)
  [6]=>
  int(9)
}
int(3267)
array(0) {
}
array(1) {
  [0]=>
  int(100)
}
string(1) "q"
array(2) {
  [7]=>
  string(1) "p"
  [8]=>
  string(1) "r"
}
