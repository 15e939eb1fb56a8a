--TEST--
arr: sort family with flags, stability, mixed types, user comparators and key preservation
--FILE--
<?php
$a = [3, "10", 1, "9", 2.5, "abc", true];
sort($a); echo json_encode($a), "\n";
$b = ["10", "9", "2", "1"];
sort($b, SORT_STRING); echo json_encode($b), "\n";
sort($b); echo json_encode($b), "\n";
$c = ['b' => 2, 'a' => 3, 'c' => 1];
asort($c); echo json_encode($c), "\n";
arsort($c); echo json_encode($c), "\n";
ksort($c); echo json_encode($c), "\n";
krsort($c); echo json_encode($c), "\n";
$people = [['n' => 'x', 'age' => 30], ['n' => 'y', 'age' => 25], ['n' => 'z', 'age' => 30]];
usort($people, fn($p, $q) => $p['age'] <=> $q['age']);
echo json_encode(array_column($people, 'n')), "\n";
$k = [10 => 'a', 9 => 'b', 'x' => 'c'];
uksort($k, fn($p, $q) => strcmp((string)$p, (string)$q));
echo json_encode($k), "\n";
$u = ['b' => 1, 'a' => 1, 'c' => 0];
uasort($u, fn($p, $q) => $p <=> $q);
echo json_encode($u), "\n";
$r = [1, 2, 3];
rsort($r); echo json_encode($r), "\n";
$mixed = [1, "1", 1.0, "01"];
sort($mixed); var_dump($mixed);
--EXPECT--
[1,2.5,3,"9","10","abc",true]
["1","10","2","9"]
["1","2","9","10"]
{"c":1,"b":2,"a":3}
{"a":3,"b":2,"c":1}
{"a":3,"b":2,"c":1}
{"c":1,"b":2,"a":3}
["y","x","z"]
{"10":"a","9":"b","x":"c"}
{"c":0,"b":1,"a":1}
[3,2,1]
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "1"
  [2]=>
  float(1)
  [3]=>
  string(2) "01"
}
