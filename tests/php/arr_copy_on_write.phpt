--TEST--
arr: arrays are values: assignment, passing and returning copy; nested arrays copy too
--FILE--
<?php
$a = [1, 2, [3, 4]];
$b = $a;
$b[] = 5;
$b[2][] = 6;
echo json_encode($a), " ", json_encode($b), "\n";
function modify(array $x) { $x[0] = 'changed'; $x[2][0] = 'deep'; return $x; }
$c = modify($a);
echo json_encode($a), " ", json_encode($c), "\n";
$d = ['k' => ['n' => 1]];
$e = $d['k'];
$e['n'] = 2;
echo $d['k']['n'], $e['n'], "\n";
$objs = [new stdClass];
$copy = $objs;
$copy[0]->p = 'shared';
echo isset($objs[0]->p) ? "objects are handles\n" : "copied\n";
$f = [1, 2, 3];
foreach ($f as $v) { $f[] = $v * 10; }
echo json_encode($f), "\n";
$g = [1, 2];
$h = &$g;
$h[] = 3;
echo json_encode($g), "\n";
$i = [[1]];
$j = $i;
$i[0][0] = 9;
echo $j[0][0], $i[0][0], "\n";
$s = "abc";
$t = $s;
$t[0] = 'X';
echo $s, $t, "\n";
--EXPECT--
[1,2,[3,4]] [1,2,[3,4,6],5]
[1,2,[3,4]] ["changed",2,["deep",4]]
12
objects are handles
[1,2,3,10,20,30]
[1,2,3]
19
abcXbc
