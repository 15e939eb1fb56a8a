--TEST--
references: $a =& $b used as an expression has the variable's value
--FILE--
<?php
$r = 5;
$a = ($b =& $r);
var_dump($a, $b);
function k($v) { var_dump($v); }
k($x =& $r);
$arr = [];
var_dump($arr['k'] =& $r);
$o = new stdClass;
var_dump($o->p =& $r);
$r = 6;
var_dump($arr['k'], $o->p, $x);
function f() { static $s = 1; $q = ($z =& $s); return $q; }
var_dump(f());
var_dump($u =& $undefined);
$list = [1, 2];
foreach ($list as $i => $v) { echo ($w =& $list[$i]) ?? 'null', "\n"; }
--EXPECT--
int(5)
int(5)
int(5)
int(5)
int(5)
int(6)
int(6)
int(6)
int(1)
NULL
1
2
