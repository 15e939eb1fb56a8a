--TEST--
instructions that read variables and literals in place (compare-and-branch, + - * and [] on CVs, $cv = a op b, $a[k] = v on a CV, conditions as jumps) keep PHP's results: CV operands are read when the operator runs, unset variables warn in order, self-assignment of arrays copies, string offsets, auto-vivification, references into arrays
--FILE--
<?php
function conds($a, $b) {
    $out = [];
    if ($a && $b) $out[] = "and";
    if ($a || $b) $out[] = "or";
    if (!$a) $out[] = "nota";
    if (!($a && !$b)) $out[] = "nn";
    if ($a === 3 || $b !== null && $b < 2) $out[] = "mix";
    while ($a !== null && $a < 3) { $a++; }
    if ($a === 3) $out[] = "three";
    if ($b !== 1.5) $out[] = "notf";
    if ($a == "3") $out[] = "eqs";
    if (NAN < 1 || !(NAN >= 1)) $out[] = "nan";
    if ($a <= 3.0 && $a >= 3) $out[] = "le";
    if ($a != 3) $out[] = "ne";
    echo implode(" ", $out), "\n";
}
conds(0, 1.5); conds(1, 0); conds(null, null); conds(2, "x"); conds("3", [1]);
do { $d = ($d ?? 0) + 1; } while ($d < 4 && $d !== 2);
echo $d, "\n";

function unset_reads() {
    if ($u1 < $u2) echo "lt\n";
    if ($u3 === null) echo "idn\n";
    $y = $u4 + 1;
    $z = $u5[0];
    $w = [1][$u6];
    echo $y, "\n";
}
unset_reads();

$i = 1; echo $i + $i++, "\n";
$i = 1; echo $i++ + $i, "\n";
$i = 5; $x = $i - $i--; echo $x, " ", $i, "\n";
$a = [1, 2, 3]; $a[1] = $a; echo json_encode($a), "\n";
$s = "abc"; $s[1] = 'X'; $s[5] = 'Y'; echo $s, "|\n";
$n = null; $n[2] = 5; var_dump($n);
$k = 0; $m = []; $m[$k] = $k++; var_dump($m);
$q = [5, 6]; $r = &$q[0]; $q[0] = 9; echo $r, "\n";
$c = $q; $c[1] = 7; echo $q[1], $c[1], "\n";
$h = ['a' => 1, '5' => 2, 7 => 3]; $key = '5'; echo $h[$key], $h['a'], $h[7], $h[7.0], "\n";
$f = 1.5; $g = $f * 2; $g = $g - $f; $g = $g + 1; echo $g, "\n";
for ($i = 0, $j = 10; $i < $j; $i += 3, $j--) {}
echo "$i $j\n";
$big = PHP_INT_MAX; $big2 = $big + 1; $big3 = $big * 2; $neg = PHP_INT_MIN - 1; var_dump($big2, $big3, $neg);
$arrsum = [1, 2] + [5, 6, 7]; $u = [1] ; $u = $u + [3 => 4]; var_dump(count($arrsum), $u);
$list = [3, 1, 2]; $t = $list[0]; $list[0] = $list[2]; $list[2] = $t; echo implode(",", $list), "\n";
$obj = new stdClass; $obj->p = 1; $obj->p = $obj->p + 1; $obj->q = [1]; $obj->q[] = 2; echo $obj->p, count($obj->q), "\n";
$str = "hello"; echo $str[1], $str[-1], "\n";
$ao = new ArrayObject([1, 2]); $ao[1] = 9; $idx = 1; echo $ao[$idx], "\n";
set_error_handler(function ($no, $msg) { throw new Exception($msg); });
try { if ($nope > 1) echo "x"; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $zz = $nope2[1]; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $ar = [1]; $zz = $ar[7]; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $ar = [1]; $ar[$nope3] = 1; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $v = $nope4 + $nope5; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
or nota nn mix three eqs nan le
or mix three notf eqs nan le
nota nn notf nan ne
and or nn three notf eqs nan le
and or nn notf eqs nan le
2

Warning: Undefined variable $u1 in %s on line 23

Warning: Undefined variable $u2 in %s on line 23

Warning: Undefined variable $u3 in %s on line 24
idn

Warning: Undefined variable $u4 in %s on line 25

Warning: Undefined variable $u5 in %s on line 26

Warning: Trying to access array offset on value of type null in %s on line 26

Warning: Undefined variable $u6 in %s on line 27

Warning: Undefined array key "" in %s on line 27
1
3
3
-1 4
[1,[1,2,3],3]
aXc  Y|
array(1) {
  [2]=>
  int(5)
}
array(1) {
  [1]=>
  int(0)
}
9
67
2133
2.5
9 7
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
float(-9.223372036854776E+18)
int(3)
array(2) {
  [0]=>
  int(1)
  [3]=>
  int(4)
}
2,1,3
22
eo
9
Undefined variable $nope
Undefined variable $nope2
Undefined array key 7
Undefined variable $nope3
Undefined variable $nope4
