--TEST--
fn: by-reference parameters and returns, passing non-variables by reference
--FILE--
<?php
function swap(&$x, &$y) { [$x, $y] = [$y, $x]; }
$a = 1; $b = 2;
swap($a, $b);
echo "$a $b\n";
function appendTo(array &$arr, ...$items) { foreach ($items as $i) $arr[] = $i; return count($arr); }
$list = [];
echo appendTo($list, 'a', 'b'), json_encode($list), "\n";
function modifyAll(&...$refs) { foreach ($refs as &$r) $r = strtoupper($r); }
$p = 'p'; $q = 'q';
modifyAll($p, $q);
echo "$p$q\n";
$arr = [3, 1, 2];
sort($arr);
echo json_encode($arr), "\n";
function takesRef(&$r) { $r = 'x'; }
$val = 'orig';
takesRef($val);
echo $val, "\n";
$m = [1, 2, 3];
echo end($m), reset($m), "\n";
--EXPECT--
2 1
2["a","b"]
PQ
[1,2,3]
x
31
