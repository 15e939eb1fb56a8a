--TEST--
flow: foreach over objects, keys of any type, list() in foreach, modifying during iteration, empty bodies
--FILE--
<?php
$o = new stdClass; $o->a = 1; $o->b = 2;
foreach ($o as $k => $v) echo "$k=$v ";
echo "\n";
class V { public $pub = 'p'; protected $pro = 'q'; private $pri = 'r'; function inside() { foreach ($this as $k => $v) echo "$k "; echo "\n"; } }
foreach (new V as $k => $v) echo "$k ";
echo "\n";
(new V)->inside();
$arr = [3 => 'c', 1 => 'a', 2 => 'b'];
foreach ($arr as $k => $v) echo "$k$v";
echo "\n";
$i = 0;
while ($i < 3) $i++;
echo $i, "\n";
$nums = [1, 2, 3];
foreach ($nums as $k => $n) { unset($nums[$k]); }
echo count($nums), "\n";
foreach ([] as $never) echo "no";
foreach ([[1, [2, 3]]] as [$x, [$y, $z]]) echo $x + $y + $z, "\n";
$gen = (function () { yield 'k1' => 'v1'; yield 'k1' => 'v2'; })();
foreach ($gen as $k => $v) echo "$k:$v ";
echo "\n";
try { foreach (5 as $x) {} } catch (Error $e) { echo "no error\n"; }
echo "after foreach over int\n";
--EXPECTF--
a=1 b=2 
pub 
pub pro pri 
3c1a2b
3
0
6
k1:v1 k1:v2 

Warning: foreach() argument must be of type array|object, int given in %s on line 23
after foreach over int
