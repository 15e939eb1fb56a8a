--TEST--
A reference assignment passed as an argument (f($b =& $a)) hands a by-reference parameter the reference it made
--FILE--
<?php
function f(&$p) { $p = "changed"; }
function v($p) { $p = "local"; return $p; }
$a = "orig"; f($b =& $a); var_dump($a, $b);
$c = "orig"; echo v($d =& $c), "\n"; var_dump($c, $d);
$fn = 'f'; $e = "orig"; $fn($g =& $e); var_dump($e, $g);
class K { function m(&$r) { $r .= "+m"; } }
$h = "h"; (new K)->m($i =& $h); var_dump($h, $i);
$arr = ['k' => 'x']; f($j =& $arr['k']); var_dump($arr);
function inner() { $x = 1; f($y =& $x); return [$x, $y]; }
var_dump(inner());
?>
--EXPECT--
string(7) "changed"
string(7) "changed"
local
string(4) "orig"
string(4) "orig"
string(7) "changed"
string(7) "changed"
string(3) "h+m"
string(3) "h+m"
array(1) {
  ["k"]=>
  &string(7) "changed"
}
array(2) {
  [0]=>
  string(7) "changed"
  [1]=>
  string(7) "changed"
}
