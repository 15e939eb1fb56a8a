--TEST--
array element writes through the fast paths keep copy-on-write and reference semantics: shared copies, arrays behind references, elements that are references, nested arrays, foreach copies
--FILE--
<?php
$a = [1, 2, 3];
$b = $a;
for ($i = 0; $i < 3; $i++) {
    $a[$i] = $a[$i] * 10;
    $a[$i] += 1;
}
echo json_encode([$a, $b]), "\n";

$c = [1, 2, 3];
$r = &$c;
$d = $c;
for ($i = 0; $i < 3; $i++) {
    $r[$i] = -$i;
    $c[$i] += 100;
}
echo json_encode([$c, $r, $d]), "\n";

$x = 5;
$e = [0, 0];
$e[1] = &$x;
$f = $e;
for ($i = 0; $i < 2; $i++) {
    $e[1] = 7 + $i;
    $e[0] = 9 + $i;
    $e[1] *= 2;
}
echo json_encode([$e, $f, $x]), "\n";

$m = [[1, 2], [3, 4]];
$n = $m;
for ($i = 0; $i < 2; $i++) {
    $m[$i][0] = 'm';
    $m[$i][1] .= 'x';
}
echo json_encode([$m, $n]), "\n";

$it = [1, 2, 3];
foreach ($it as $k => $v) {
    $it[$k] = $v * 2;
    $it[$k + 3] = $v;
    echo $v, ' ';
}
echo json_encode($it), "\n";

function modify(array $p) { for ($i = 0; $i < count($p); $i++) { $p[$i] = 0; } return $p; }
$orig = [5, 6, 7];
$mod = modify($orig);
echo json_encode([$orig, $mod]), "\n";

$g = [1, 2];
$h = &$g;
$h[0] = 'h';
$g[1] = 'g';
echo json_encode([$g, $h]), "\n";

$s = 'abc';
for ($i = 0; $i < 3; $i++) {
    $s[$i] = 'z';
}
echo $s, "\n";

$hole = [0 => 'a', 2 => 'c'];
$hole[1] = 'b';
$hole[2] = 'C';
echo json_encode($hole), "\n";
$neg = [-1 => 'x'];
$neg[-1] = 'y';
echo json_encode($neg), "\n";

$keys = ['a', '', '1', '-1', '01', ' 1', '1.5', '-', '-0', 'x1', 'null', 7, -3, true, null, 2.0];
$arr = [];
foreach ($keys as $k) {
    $arr[$k] = 0;
}
for ($round = 0; $round < 2; $round++) {
    foreach ($keys as $k) {
        $arr[$k]++;
        $arr[$k] += 10;
        $arr[$k] = $arr[$k] * 2;
        echo var_export($k, true), '=', $arr[$k], isset($arr[$k]) ? ' set' : ' unset', ' ';
    }
    echo "\n";
}
echo json_encode($arr), "\n";
$n = ['a' => null, 'b' => 0, 'c' => false, 0 => null, 1 => ''];
foreach (['a', 'b', 'c', 'd', 0, 1, 2, '0', '1'] as $k) {
    echo var_export($k, true), ':', isset($n[$k]) ? 'y' : 'n', isset($n[$k][0]) ? 'y' : 'n', ' ';
}
echo "\n";
$z = 1;
$withref = ['r' => &$z, 's' => 1];
for ($i = 0; $i < 2; $i++) {
    $withref['r']++;
    $withref['r'] .= '!';
    $withref['s']++;
}
echo $z, ' ', json_encode($withref), "\n";
$str = ['k' => 'abc', 'f' => 1.5, 'big' => PHP_INT_MAX];
$str['k']++;
$str['f']++;
$str['big']++;
var_dump($str);
$missing = [];
$missing['nope']++;
$missing['n2'] .= 'x';
echo json_encode($missing), "\n";
--EXPECTF--
[[11,21,31],[1,2,3]]
[[100,99,98],[100,99,98],[1,2,3]]
[[10,16],[0,16],16]
[[["m","2x"],["m","4x"]],[[1,2],[3,4]]]
1 2 3 [2,4,6,1,2,3]
[[5,6,7],[0,0,0]]
[["h","g"],["h","g"]]
zzz
{"0":"a","2":"C","1":"b"}
{"-1":"y"}
'a'=22 set ''=22 set '1'=22 set '-1'=22 set '01'=22 set ' 1'=22 set '1.5'=22 set '-'=22 set '-0'=22 set 'x1'=22 set 'null'=22 set 7=22 set -3=22 set true=66 set NULL=66 set 2.0=22 set 
'a'=66 set ''=154 set '1'=154 set '-1'=66 set '01'=66 set ' 1'=66 set '1.5'=66 set '-'=66 set '-0'=66 set 'x1'=66 set 'null'=66 set 7=66 set -3=66 set true=330 set NULL=330 set 2.0=66 set 
{"a":66,"":330,"1":330,"-1":66,"01":66," 1":66,"1.5":66,"-":66,"-0":66,"x1":66,"null":66,"7":66,"-3":66,"2":66}
'a':nn 'b':yn 'c':yn 'd':nn 0:nn 1:yn 2:nn '0':nn '1':yn 
2!! {"r":"2!!","s":3}
array(3) {
  ["k"]=>
  string(3) "abd"
  ["f"]=>
  float(2.5)
  ["big"]=>
  float(9.223372036854776E+18)
}

Warning: Undefined array key "nope" in %s on line 105

Warning: Undefined array key "n2" in %s on line 106
{"nope":1,"n2":"x"}
