--TEST--
arr: array_walk(_recursive) by reference, array_merge_recursive, intersect/diff on string values, array_pad with keys
--FILE--
<?php
$a = [1, [2, [3]], 'k' => 4];
$b = &$a[0];
array_walk($a, function (&$v, $k) { if (!is_array($v)) $v = $v * 10; });
echo json_encode($a), " $b\n";
array_walk_recursive($a, function (&$v, $k) { $v = "[$v]"; });
echo json_encode($a), "\n";
$c = ['x' => 1];
array_walk($c, function ($v, $k, $extra) { echo "$k=$v $extra\n"; }, 'EXTRA');
$copy = $a;
array_walk_recursive($copy, function (&$v) { $v = 0; });
echo json_encode($a), json_encode($copy), "\n";
echo json_encode(array_merge_recursive(['a' => 1, 'b' => ['x' => 1]], ['a' => 2, 'b' => ['x' => 2, 'y' => 3], 5 => 'n'], ['a' => [3]])), "\n";
echo json_encode(array_intersect_assoc(['a' => 'g', 'b' => 'r', 0 => 'x'], ['a' => 'g', 'b' => 'x'])), "\n";
echo json_encode(array_diff(['1', 1, 1.0, true, null, ''], ['1'])), "\n";
echo json_encode(array_pad([5 => 'a', 'k' => 'b'], -4, 0)), "\n";
--EXPECT--
{"0":10,"1":[2,[3]],"k":40} 10
{"0":"[10]","1":["[2]",["[3]"]],"k":"[40]"}
x=1 EXTRA
{"0":0,"1":["[2]",["[3]"]],"k":"[40]"}{"0":0,"1":[0,[0]],"k":0}
{"a":[1,2,3],"b":{"x":[1,2],"y":3},"0":"n"}
{"a":"g"}
{"4":null,"5":""}
{"0":0,"1":0,"2":"a","k":"b"}
