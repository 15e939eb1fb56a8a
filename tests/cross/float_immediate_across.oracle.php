<?php
$vals = [2 ** -256, (2 ** -256) / 2 * 1.9999999999999998, -(2 ** -256), 2.0 ** 256,
         (2.0 ** 256) * 0.9999999999999999, 0.0, -0.0, 1.5, 5e-324, 1.7976931348623157e308, INF, -INF, NAN];
function same($x) { return $x; }
function twice($x) { return $x * 2; }
function half($x) { return $x / 2; }
function less($x, $y) { return $x < $y; }
foreach ($vals as $v) {
    var_dump(same($v), twice($v), half($v), less($v, 1.0));
}
function step($acc, $x) { return $acc * 0.5 + $x; }
$acc = 2.0 ** 255;
for ($i = 0; $i < 600; $i++)
    $acc = step($acc, $i % 7 == 0 ? 2 ** -300 : 0.0);
var_dump($acc);
