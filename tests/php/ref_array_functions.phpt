--TEST--
ref: builtins taking arrays by reference (sort, array_push, array_splice, preg_match, settype, str_replace count)
--FILE--
<?php
$a = [3, 1, 2];
$b = $a;
sort($a);
echo json_encode($a), json_encode($b), "\n";
$r = &$a;
array_push($r, 9);
echo json_encode($a), "\n";
$holder = ['list' => [5, 4]];
rsort($holder['list']);
echo json_encode($holder), "\n";
$obj = new stdClass;
$obj->arr = [2, 1];
sort($obj->arr);
echo json_encode($obj), "\n";
preg_match('/(\d+)/', 'abc 123', $m);
echo json_encode($m), "\n";
$v = "12";
settype($v, "int");
var_dump($v);
$arr = [1, 2, 3];
foreach ($arr as &$x) {}
$copy = $arr;
sort($copy);
$x = 'changed';
echo json_encode($arr), json_encode($copy), "\n";
$p = [1, 2, 3, 4];
$removed = array_splice($p, 1, 2);
echo json_encode($p), json_encode($removed), "\n";
$q = [1];
$alias = &$q;
array_pop($alias);
var_dump($q);
--EXPECT--
[1,2,3][3,1,2]
[1,2,3,9]
{"list":[5,4]}
{"arr":[1,2]}
["123","123"]
int(12)
[1,2,"changed"][1,2,"changed"]
[1,4][2,3]
array(0) {
}
