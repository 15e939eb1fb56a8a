--TEST--
array_multisort: orders, flags per array, string keys kept, ties broken by later arrays, size mismatch
--FILE--
<?php
$data1 = [10, 100, 100, 0]; $data2 = [1, 3, 2, 4];
array_multisort($data1, $data2); var_dump($data1, $data2);
$ar = [[10, 11, 100, 100, "a"], [1, 2, "2", 3, 1]];
array_multisort($ar[0], SORT_ASC, SORT_STRING, $ar[1], SORT_NUMERIC, SORT_DESC); var_dump($ar);
$vol = ["x" => 67, "y" => 86, 5 => 85, 9 => 98, "z" => 86, 7 => 67]; $ed = ["x" => 2, "y" => 1, 5 => 6, 9 => 2, "z" => 6, 7 => 7];
array_multisort($vol, SORT_DESC, $ed, SORT_ASC); var_dump($vol, $ed);
$a = ["B", "a", "C", "b"]; array_multisort($a, SORT_STRING | SORT_FLAG_CASE); var_dump($a);
$a = ["x10", "x9", "X1"]; array_multisort($a, SORT_NATURAL); var_dump($a);
try { $x = [1, 2]; $y = [1]; array_multisort($x, $y); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$e = []; var_dump(array_multisort($e));
--EXPECT--
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(10)
  [2]=>
  int(100)
  [3]=>
  int(100)
}
array(4) {
  [0]=>
  int(4)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(2) {
  [0]=>
  array(5) {
    [0]=>
    int(10)
    [1]=>
    int(100)
    [2]=>
    int(100)
    [3]=>
    int(11)
    [4]=>
    string(1) "a"
  }
  [1]=>
  array(5) {
    [0]=>
    int(1)
    [1]=>
    int(3)
    [2]=>
    string(1) "2"
    [3]=>
    int(2)
    [4]=>
    int(1)
  }
}
array(6) {
  [0]=>
  int(98)
  ["y"]=>
  int(86)
  ["z"]=>
  int(86)
  [1]=>
  int(85)
  ["x"]=>
  int(67)
  [2]=>
  int(67)
}
array(6) {
  [0]=>
  int(2)
  ["y"]=>
  int(1)
  ["z"]=>
  int(6)
  [1]=>
  int(6)
  ["x"]=>
  int(2)
  [2]=>
  int(7)
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "B"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "C"
}
array(3) {
  [0]=>
  string(2) "X1"
  [1]=>
  string(2) "x9"
  [2]=>
  string(3) "x10"
}
Array sizes are inconsistent
bool(true)
