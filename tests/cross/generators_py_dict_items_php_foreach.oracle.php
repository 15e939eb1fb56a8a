<?php
$d = ['x' => 1, 'y' => 2];
function items($d) { foreach ($d as $k => $v) yield [$k, $v]; }
foreach (items($d) as $pair) echo $pair[0], "=", $pair[1], "\n";
function keys($d) { foreach ($d as $k => $v) yield $k; }
foreach (keys($d) as $k) echo $k, "\n";
