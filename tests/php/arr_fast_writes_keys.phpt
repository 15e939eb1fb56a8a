--TEST--
array appends, new keys, element references and string offsets on the interpreter's fast paths: next free key after deletions and negative keys, key normalisation, references surviving copies, string offset warnings
--FILE--
<?php
$a = [];
for ($i = 0; $i < 5; $i++) $a[] = $i;
unset($a[4]);
$a[] = 'x';
unset($a[1]);
$a[] = 'y';
var_dump($a);

$b = [-5 => 'a'];
$b[] = 'b';
$b[7] = 'c';
$b[] = 'd';
$b["8"] = 'e';
$b["09"] = 'f';
$b["-3"] = 'g';
$b["-0"] = 'h';
$b[true] = 'i';
$b[null] = 'j';
$b[2.0] = 'k';
$b['key'] = 'l';
$b['key'] = 'm';
var_dump($b);

$c = [1, 2, 3];
$d = $c;
$c[] = 4;
$c[5] = 6;
$c['s'] = 7;
echo json_encode([$c, $d]), "\n";

function swap(&$x, &$y) { $t = $x; $x = $y; $y = $t; }
$e = [1, 2, 3];
$f = $e;
swap($e[0], $e[2]);
swap($e[0], $e[1]);
swap($e[1], $e[1]);
echo json_encode([$e, $f]), "\n";
$g = ['p' => 1, 'q' => 2];
swap($g['p'], $g['q']);
swap($g['p'], $g['r']);
var_dump($g);
$h = [1, 2];
$r = &$h[0];
$h2 = $h;
$r = 'shared';
echo json_encode([$h, $h2]), "\n";

$s = "hello";
echo $s[0], $s[4], $s[-1], $s[-5], "\n";
for ($i = 0; $i < strlen($s); $i++) echo ord($s[$i]), " ";
echo "\n";
echo $s[5] ?? 'none', "\n";
var_dump($s[5]);
var_dump($s[-6]);
var_dump($s["1"]);
var_dump(isset($s[2]), isset($s[9]));
$t = "";
var_dump($t[0] ?? 'empty');

$m = [0 => 'a'];
$m[PHP_INT_MAX] = 'max';
try { $m[] = 'over'; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(count($m));
$h = ['a' => 1, 5 => 2, 'b' => 3, PHP_INT_MAX => 4, -7 => 5, 'c' => 6];
unset($h['b']);
foreach ($h as $k => $v) {
    var_dump($k, $v);
    $h['new' . $v] = $v;
    unset($h['c']);
}
foreach ($h as $v) echo $v, " ";
echo "\n";
$hr = ['x' => 1, 'y' => 2];
$rr = &$hr['y'];
foreach ($hr as $k => $v) { $rr = 9; echo "$k=$v "; }
echo "\n";
--EXPECTF--
array(5) {
  [0]=>
  int(0)
  [2]=>
  int(2)
  [3]=>
  int(3)
  [5]=>
  string(1) "x"
  [6]=>
  string(1) "y"
}
array(11) {
  [-5]=>
  string(1) "a"
  [-4]=>
  string(1) "b"
  [7]=>
  string(1) "c"
  [8]=>
  string(1) "e"
  ["09"]=>
  string(1) "f"
  [-3]=>
  string(1) "g"
  ["-0"]=>
  string(1) "h"
  [1]=>
  string(1) "i"
  [""]=>
  string(1) "j"
  [2]=>
  string(1) "k"
  ["key"]=>
  string(1) "m"
}
[{"0":1,"1":2,"2":3,"3":4,"5":6,"s":7},[1,2,3]]
[[2,3,1],[1,2,3]]
array(3) {
  ["p"]=>
  NULL
  ["q"]=>
  int(1)
  ["r"]=>
  int(2)
}
[["shared",2],["shared",2]]
hooh
104 101 108 108 111 
none

Warning: Uninitialized string offset 5 in %s on line 54
string(0) ""

Warning: Uninitialized string offset -6 in %s on line 55
string(0) ""
string(1) "e"
bool(true)
bool(false)
string(5) "empty"
Cannot add element to the array as the next element is already occupied
int(2)
string(1) "a"
int(1)
int(5)
int(2)
int(9223372036854775807)
int(4)
int(-7)
int(5)
string(1) "c"
int(6)
1 2 4 5 1 2 4 5 6 
x=1 y=9 
