--TEST--
arr: references to array elements survive copies of the array (PHP's reference-in-array behaviour)
--FILE--
<?php
$a = [1, 2, 3];
$r = &$a[1];
$b = $a;            // $b[1] shares the reference
$b[1] = 'changed';
echo json_encode($a), " ", json_encode($b), "\n";
unset($r);          // refcount of the reference drops, but the copy already happened
$b[1] = 'again';
echo json_encode($a), " ", json_encode($b), "\n";
$x = ['k' => 1];
$y = &$x['k'];
$y = 42;
echo $x['k'], "\n";
$new = &$x['fresh'];
echo json_encode($x), "\n";
$arr = [];
$ref = &$arr['a']['b'];
$ref = 'vivified';
echo json_encode($arr), "\n";
function addOne(array &$arr) { foreach ($arr as &$v) $v++; }
$nums = [1, 2, 3];
addOne($nums);
echo json_encode($nums), "\n";
$m = [[1, 2], [3, 4]];
foreach ($m as &$row) { $row[] = 0; }
unset($row);
echo json_encode($m), "\n";
--EXPECT--
[1,"changed",3] [1,"changed",3]
[1,"again",3] [1,"again",3]
42
{"k":42,"fresh":null}
{"a":{"b":"vivified"}}
[2,3,4]
[[1,2,0],[3,4,0]]
