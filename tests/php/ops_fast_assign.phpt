--TEST--
the interpreter's fast assignments keep PHP's rules: $a[k] op= v as a statement and as an expression (ints overflowing to float, floats, strings, references among the elements, string offsets), $x = $y and $x = expr of arrays (copy on write), references, unset variables, ++/-- past the int range
--FILE--
<?php
$a = [1, 2.5, "3", PHP_INT_MAX, null, [1]];
$a[0] += 5; $a[1] *= 2; $a[2] -= 1; $a[3] += 1; $a[4] .= "x";
var_dump($a);
$r = &$a[0];
$a[0] <<= 2;
var_dump($r, $a[0] /= 3, $a[0] %= 2);
try { $a[5] += 1; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$s = "abc";
try { $s[0] .= "x"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$h = ["k" => 1];
$h["k"] += 1; $h["n"] ??= 7; @$h["m"] += 3;
var_dump($h);
function f(array &$p) { for ($i = 0; $i < 3; $i++) { $p[$i] += $i; $p[$i] *= 2; } }
$q = [1, 1, 1]; $copy = $q;
f($q);
var_dump($q, $copy);
// plain assignments
$x = [1, 2]; $y = $x; $y[] = 3; echo count($x), count($y), "\n";
$z = $x; $x[0] = 9; echo $z[0], $x[0], "\n";
$v = 1.5; $w = $v; $w += 1; echo $v, " ", $w, "\n";
$t = "s"; $u = $t; $u .= "t"; echo $t, $u, "\n";
$o = new stdClass; $o2 = $o; $o2->p = 1; var_dump($o === $o2);
$m = 1; $n = &$m; $n = 2; $k = $n; $k = 3; echo $m, $n, $k, "\n";
$g = $undefined1; var_dump($g);
echo $undefined2, "\n";
$big = PHP_INT_MAX; $big++; var_dump($big);
$small = PHP_INT_MIN; $small--; var_dump($small);
$edge = 4611686018427387903; $edge++; var_dump($edge); $edge--; var_dump($edge);
$str = "a"; $str++; var_dump($str);
$nul = null; $nul++; var_dump($nul);
$nul2 = null; $nul2--; var_dump($nul2);
$fl = 1.5; $fl--; var_dump($fl);
for ($i = 0, $acc = 0; $i < 10; $i++) { $acc += $i * 1.5; $acc -= 1; }
var_dump($acc, $i);
--EXPECTF--
array(6) {
  [0]=>
  int(6)
  [1]=>
  float(5)
  [2]=>
  int(2)
  [3]=>
  float(9.223372036854776E+18)
  [4]=>
  string(1) "x"
  [5]=>
  array(1) {
    [0]=>
    int(1)
  }
}
int(24)
int(8)
int(0)
TypeError: Unsupported operand types: array + int
Cannot use assign-op operators with string offsets
array(3) {
  ["k"]=>
  int(2)
  ["n"]=>
  int(7)
  ["m"]=>
  int(3)
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(4)
  [2]=>
  int(6)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(1)
  [2]=>
  int(1)
}
23
19
1.5 2.5
sst
bool(true)
223

Warning: Undefined variable $undefined1 in %s on line 25
NULL

Warning: Undefined variable $undefined2 in %s on line 26

float(9.223372036854776E+18)
float(-9.223372036854776E+18)
int(4611686018427387904)
int(4611686018427387903)
string(1) "b"
int(1)
NULL
float(0.5)
float(57.5)
int(10)
