<?php
function append_twice(&$arr, $v) {
    $arr[count($arr)] = $v;
    $arr[count($arr)] = $v;
}
function set_second($a, &$b) { $b = $a * 2; }
$arr = [1];
$f = 'append_twice';
$f($arr, 7);
print_r($arr);
$x = 0;
$g = 'set_second';
$g(21, $x);
echo $x, "\n";
