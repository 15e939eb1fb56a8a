<?php
function f(&$a) { $a['new'] = 1; }
$a = ['x' => 0];
$b = $a;
f($a);
echo count($a), " ", count($b), "\n";
$c = ['x' => 0];
function keep($arr) { f($arr); return count($arr); }
echo keep($c), " ", count($c), "\n";
$d = ['x' => 0];
$tmp = $d + [];
f($tmp);
echo count($d), "\n";
function g(&$a) { $a[0] = 'changed'; }
$lit = [1, 2];
$copy = $lit;
g($copy);
echo $lit[0], " ", $copy[0], "\n";
