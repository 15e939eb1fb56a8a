--TEST--
arr: list() and [] destructuring: keys, nesting, skipping, missing keys, swapping, in foreach
--FILE--
<?php
[$a, $b] = [1, 2];
echo "$a $b\n";
list($c, , $d) = [1, 2, 3];
echo "$c $d\n";
['x' => $x, 'y' => $y] = ['y' => 'Y', 'x' => 'X'];
echo "$x $y\n";
[[$p, $q], [$r]] = [[1, 2], [3]];
echo "$p $q $r\n";
[$a, $b] = [$b, $a];
echo "swapped $a $b\n";
[, $second] = ['first', 'second'];
echo $second, "\n";
[$m, $n] = [1];
var_dump($n);
foreach ([[1, 'one'], [2, 'two']] as [$num, $word]) echo "$num=$word ";
echo "\n";
foreach ([['id' => 7, 'name' => 'seven']] as ['id' => $id, 'name' => $name]) echo "$id:$name\n";
list('a' => list($aa, $bb)) = ['a' => [10, 20]];
echo $aa + $bb, "\n";
[$u, $v] = "ab";
var_dump($u, $v);
[$k1, $k2] = [5 => 'x', 0 => 'zero', 1 => 'one'];
echo "$k1 $k2\n";
$arr = [];
[$arr['first'], $arr['second']] = [1, 2];
echo json_encode($arr), "\n";
$res = ([$z1, $z2] = [3, 4]);
echo json_encode($res), "\n";
[$i, [$j, $k]] = [1, null];
var_dump($j);
--EXPECTF--
1 2
1 3
X Y
1 2 3
swapped 2 1
second

Warning: Undefined array key 1 in %s on line 14
NULL
1=one 2=two 
7:seven
30
NULL
NULL
zero one
{"first":1,"second":2}
[3,4]
NULL
