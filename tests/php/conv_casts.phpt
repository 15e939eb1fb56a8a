--TEST--
conv: (bool) (int) (float) (string) (array) (object) casts of every type
--FILE--
<?php
$vals = [null, true, false, 0, -1, 0.0, -0.0, 2.5, "", "0", "0.0", "00", " ", "a", [], [0], ["x" => 1]];
foreach ($vals as $v) {
    echo json_encode($v), ": bool=", var_export((bool)$v, true);
    if (!is_array($v)) echo " int=", (int)$v, " float=", var_export((float)$v, true), " string='", (string)$v, "'";
    echo "\n";
}
var_dump((array)null, (array)1, (array)"s", (array)1.5);
$o = new stdClass; $o->a = 1;
var_dump((array)$o);
print_r((object)[1, 'k' => 2]);
print_r((object)"x");
print_r((object)null);
echo "\n";
var_dump((string)true, (string)false, (string)null);
var_dump((int)[], (int)[1, 2], (float)[5]);
var_dump((bool)new stdClass, (bool)new ArrayObject([]));
var_dump((bool)"false", (bool)0.0, (bool)"0.0", (bool)NAN);
--EXPECT--
null: bool=false int=0 float=0.0 string=''
true: bool=true int=1 float=1.0 string='1'
false: bool=false int=0 float=0.0 string=''
0: bool=false int=0 float=0.0 string='0'
-1: bool=true int=-1 float=-1.0 string='-1'
0: bool=false int=0 float=0.0 string='0'
-0: bool=false int=0 float=-0.0 string='-0'
2.5: bool=true int=2 float=2.5 string='2.5'
"": bool=false int=0 float=0.0 string=''
"0": bool=false int=0 float=0.0 string='0'
"0.0": bool=true int=0 float=0.0 string='0.0'
"00": bool=true int=0 float=0.0 string='00'
" ": bool=true int=0 float=0.0 string=' '
"a": bool=true int=0 float=0.0 string='a'
[]: bool=false
[0]: bool=true
{"x":1}: bool=true
array(0) {
}
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  string(1) "s"
}
array(1) {
  [0]=>
  float(1.5)
}
array(1) {
  ["a"]=>
  int(1)
}
stdClass Object
(
    [0] => 1
    [k] => 2
)
stdClass Object
(
    [scalar] => x
)
stdClass Object
(
)

string(1) "1"
string(0) ""
string(0) ""
int(0)
int(1)
float(1)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
