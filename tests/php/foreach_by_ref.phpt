--TEST--
foreach_by_ref: a small program exercising foreach by ref
--FILE--
<?php
$arr = [1, 2, 3, 4];
foreach ($arr as &$v) {
    $v *= 10;
}
unset($v);
print_r($arr);
$copy = $arr;
foreach ($copy as $k => &$item) {
    if ($k == 1) $item = 'changed';
}
unset($item);
print_r($arr);
print_r($copy);
$matrix = [[1, 2], [3, 4]];
foreach ($matrix as &$row) {
    foreach ($row as &$cell) {
        $cell = $cell * $cell;
    }
    unset($cell);
}
unset($row);
echo json_encode_free($matrix), "\n";
function json_encode_free($m) { $out = []; foreach ($m as $r) $out[] = implode(',', $r); return implode(';', $out); }
$x = 1;
$y = &$x;
$y++;
echo "$x $y\n";
function addOne(&$n) { $n++; }
addOne($x);
echo $x, "\n";
$list = [1, 2];
addOne($list[0]);
addOne($list[5]);
var_dump($list);
--EXPECT--
Array
(
    [0] => 10
    [1] => 20
    [2] => 30
    [3] => 40
)
Array
(
    [0] => 10
    [1] => 20
    [2] => 30
    [3] => 40
)
Array
(
    [0] => 10
    [1] => changed
    [2] => 30
    [3] => 40
)
1,4;9,16
2 2
3
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(2)
  [5]=>
  int(1)
}
