--TEST--
&$a[k] of a plain variable (by-reference arguments, =&): packed and hash arrays, shared copies, missing keys and variables, keys of every kind
--FILE--
<?php
function swap(&$x, &$y) { $t = $x; $x = $y; $y = $t; }
function set(&$x, $v) { $x = $v; }
$a = [1, 2, 3, 4];
$b = $a;                       // shared: the swap separates $a
swap($a[0], $a[3]);
echo implode(",", $a), " | ", implode(",", $b), "\n";
$i = 1; $j = 2;
swap($a[$i], $a[$j]);
swap($a[$i + 1], $a[$j - 1]);  // keys on the stack
echo implode(",", $a), "\n";
set($a[0], 99);
echo $a[0], "\n";
$h = ["x" => "a", "y" => "b", 5 => "c"];
swap($h["x"], $h[5]);
set($h["new"], 1);
set($h[7], 2);
var_dump($h);
set($undef[3], "v");           // vivifies
var_dump($undef);
$n = null; set($n["k"], 1); var_dump($n);
$fk = [10, 20]; set($fk[1.0], 21); set($fk["0"], 11); set($fk[true], 22); set($fk[null], 0);
var_dump($fk);
$r = [1, 2]; $ra = &$r; swap($ra[0], $ra[1]); echo implode(",", $r), "\n";
function inner(&$arr) { swap($arr[0], $arr[1]); }
$p = [7, 8]; inner($p); echo implode(",", $p), "\n";
$e = [1, 2]; $ref = &$e[1]; $ref = 5; echo implode(",", $e), "\n";
$s = "str";
try { set($s[0], "x"); } catch (Error $ex) { echo get_class($ex), ": ", $ex->getMessage(), "\n"; }
$k = 0; $g = [1, 2, 3];
set($g[$k++], "z"); echo $k, " ", implode(",", $g), "\n";
try { set($g[[]], 1); } catch (TypeError $ex) { echo get_class($ex), ": ", $ex->getMessage(), "\n"; }
set($g[$undefkey], "u"); var_dump($g);
$holes = [0 => "a", 2 => "c"]; set($holes[1], "b"); ksort($holes); echo implode(",", $holes), "\n";
--EXPECTF--
4,2,3,1 | 1,2,3,4
4,2,3,1
99
array(5) {
  ["x"]=>
  string(1) "c"
  ["y"]=>
  string(1) "b"
  [5]=>
  string(1) "a"
  ["new"]=>
  int(1)
  [7]=>
  int(2)
}
array(1) {
  [3]=>
  string(1) "v"
}
array(1) {
  ["k"]=>
  int(1)
}
array(3) {
  [0]=>
  int(11)
  [1]=>
  int(22)
  [""]=>
  int(0)
}
2,1
8,7
1,5
Error: Cannot create references to/from string offsets
1 z,2,3
TypeError: Illegal offset type

Warning: Undefined variable $undefkey in %s on line 33
array(4) {
  [0]=>
  string(1) "z"
  [1]=>
  int(2)
  [2]=>
  int(3)
  [""]=>
  string(1) "u"
}
a,b,c
