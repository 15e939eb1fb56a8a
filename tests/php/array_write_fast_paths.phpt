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
--EXPECT--
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
