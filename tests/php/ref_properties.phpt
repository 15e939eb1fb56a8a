--TEST--
ref: references to object properties and static properties, and to elements inside properties
--FILE--
<?php
class P { public $v = 1; public array $list = []; public static $count = 0; }
$o = new P;
$r = &$o->v;
$r = 'changed';
echo $o->v, "\n";
$l = &$o->list;
$l[] = 'a';
echo json_encode($o->list), "\n";
$e = &$o->list[5];
$e = 'five';
echo json_encode($o->list), "\n";
$sc = &P::$count;
$sc += 10;
echo P::$count, "\n";
$o2 = clone $o;
$o2->v = 'clone';
echo $o->v, " ", $o2->v, "\n";
$dyn = new stdClass;
$ref = &$dyn->made;
var_dump(property_exists($dyn, 'made'), $dyn->made);
function bump(&$x) { $x++; }
bump($o2->list[0]);
bump(P::$count);
echo json_encode($o2->list), " ", P::$count, "\n";
--EXPECT--
changed
["a"]
{"0":"a","5":"five"}
10
clone clone
bool(true)
NULL
{"0":"b","5":"five"} 11
