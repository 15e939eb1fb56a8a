<?php
function mk1() { return [3, 1, 2]; }
function mk2() { return ['b' => 2, 'a' => 1]; }
$l = mk1();
$d = mk2();
echo implode(",", $l), "\n";
echo array_sum($l), " ", max($l), "\n";
var_dump(in_array(2, $l), is_array($l), is_array($d));
print_r(array_keys($d));
print_r(array_map(fn($x) => $x * 2, $l));
$s = $l;
sort($s);
echo implode(",", $s), " / ", implode(",", $l), "\n";
