--TEST--
ref: unset breaks a reference set; references in function scope, by-ref args to undefined vars
--FILE--
<?php
$a = ['x' => 1];
$b = &$a['x'];
unset($a['x']);
$b = 'orphan';
echo json_encode($a), " $b\n";
function setIt(&$v) { $v = 'set by function'; }
setIt($fresh);
echo $fresh, "\n";
setIt($arr['new']['deep']);
echo json_encode($arr), "\n";
function noop(&$v) {}
noop($untouched);
var_dump($untouched);
$list = [1, 2, 3];
foreach ($list as $k => &$v) { if ($k == 1) unset($list[$k]); }
unset($v);
echo json_encode($list), "\n";
$p = 1; $q = &$p; $r = &$q;
unset($q);
$r = 99;
echo "$p\n";
function refDefault(&$x = 5) { $x++; return $x; }
echo refDefault(), "\n";
--EXPECT--
[] orphan
set by function
{"new":{"deep":"set by function"}}
NULL
{"0":1,"2":3}
99
6
