--TEST--
arr: nested auto-vivification, appends on null/undefined, errors on scalars and strings
--FILE--
<?php
$a['x']['y'][] = 1;
$a['x']['y'][] = 2;
$a['x']['z']['w'] = 3;
echo json_encode($a), "\n";
$n = null;
$n['k'] = 'from null';
echo json_encode($n), "\n";
$f = false;
$f[] = 'from false';
echo json_encode($f), "\n";
$s = "";
try { $s[] = 'x'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$i = 5;
$i[0] = 1;
var_dump($i);
$t = true;
try { $t['k'] = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$str = "abc";
try { $str['x']['y'] = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$o = new stdClass;
$o->list[] = 'prop auto';
echo json_encode($o), "\n";
$deep = [];
$deep[0][1][2][3] = 'd';
echo count($deep, COUNT_RECURSIVE), "\n";
--EXPECTF--
{"x":{"y":[1,2],"z":{"w":3}}}
{"k":"from null"}

Deprecated: Automatic conversion of false to array is deprecated in %s on line 10
["from false"]
Error: [] operator not supported for strings

Fatal error: Uncaught Error: Cannot use a scalar value as an array in %s:15
Stack trace:
#0 {main}
  thrown in %s on line 15
[exit 255: ]
