--TEST--
arr: isset/empty/unset on nested dimensions, string offsets and null values
--FILE--
<?php
$a = ['x' => ['y' => ['z' => 0]], 'n' => null, 'e' => '', 's' => 'str', 'zero' => '0'];
var_dump(isset($a['x']['y']['z']), isset($a['x']['q']['z']), isset($a['n']), isset($a['missing']));
var_dump(empty($a['x']['y']['z']), empty($a['e']), empty($a['zero']), empty($a['s']), empty($a['nope']['deeper']));
var_dump(isset($a['s'][0]), isset($a['s'][3]), isset($a['s'][-1]), isset($a['s']['0']), isset($a['s']['x']), isset($a['s'][0][0]));
var_dump(isset($a['s']['1.0']), empty($a['s'][5]));
var_dump(isset($a['x'], $a['s']), isset($a['x'], $a['n']));
unset($a['x']['y']['z'], $a['nope']['deeper']);
echo json_encode($a), "\n";
unset($a['x']['y']);
echo json_encode($a), "\n";
$str = "abc";
try { unset($str[0]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$u = null;
unset($u['k']);
var_dump($u);
$obj = new stdClass;
$obj->p = ['q' => 1];
var_dump(isset($obj->p['q']), isset($obj->nope['q']), empty($obj->p['q']));
unset($obj->p['q']);
var_dump($obj->p);
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
{"x":{"y":[]},"n":null,"e":"","s":"str","zero":"0"}
{"x":[],"n":null,"e":"","s":"str","zero":"0"}
Cannot unset string offsets
NULL
bool(true)
bool(false)
bool(false)
array(0) {
}
