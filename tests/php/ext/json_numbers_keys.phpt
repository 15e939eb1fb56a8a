--TEST--
json_decode's number fast paths (ints, short floats, exponents) agree with strtod's values, and repeated keys and strings decode to equal values
--FILE--
<?php
$texts = ['0', '-0', '-0.0', '0.0', '1', '-1', '9223372036854775807', '-9223372036854775808',
          '9223372036854775808', '-9223372036854775809', '1234.25', '-1234.25', '0.1', '0.3',
          '1e22', '1e23', '1E-22', '1e-23', '123456789012345678', '1234567890123456789',
          '12345678901234567890', '9007199254740993', '9007199254740993.0', '0.000001234',
          '1.7976931348623157e308', '2.2250738585072014e-308', '5e-324', '1e400', '-1e-400',
          '4.35', '2.5e+3', '2.5e-3', '1.00000000000000000001', '12.5e0003', '3e0'];
foreach ($texts as $t) {
    var_dump(json_decode($t));
    echo json_encode(json_decode($t)), " ", json_encode(json_decode("[$t]", true)), "\n";
}
var_dump(json_decode('[1.5, -2.25e2, 7, "7", 0.1e1]', true));
$doc = json_encode(array_fill(0, 3, ['id' => 1, 'name' => 'x', '10' => 'ten', 'tag' => 't',
                                     'long key that is not shared at all' => 'v']));
$back = json_decode($doc, true);
var_dump($back[0] === $back[2], array_keys($back[1]));
$back[1]['tag'] .= 'u';
var_dump($back[0]['tag'], $back[1]['tag']);
$objs = json_decode($doc);
var_dump($objs[2]);
--EXPECT--
int(0)
0 [0]
int(0)
0 [0]
float(-0)
-0 [-0]
float(0)
0 [0]
int(1)
1 [1]
int(-1)
-1 [-1]
int(9223372036854775807)
9223372036854775807 [9223372036854775807]
int(-9223372036854775808)
-9223372036854775808 [-9223372036854775808]
float(9.223372036854776E+18)
9.223372036854776e+18 [9.223372036854776e+18]
float(-9.223372036854776E+18)
-9.223372036854776e+18 [-9.223372036854776e+18]
float(1234.25)
1234.25 [1234.25]
float(-1234.25)
-1234.25 [-1234.25]
float(0.1)
0.1 [0.1]
float(0.3)
0.3 [0.3]
float(1.0E+22)
1.0e+22 [1.0e+22]
float(1.0E+23)
1.0e+23 [1.0e+23]
float(1.0E-22)
1.0e-22 [1.0e-22]
float(1.0E-23)
1.0e-23 [1.0e-23]
int(123456789012345678)
123456789012345678 [123456789012345678]
int(1234567890123456789)
1234567890123456789 [1234567890123456789]
float(1.2345678901234567E+19)
1.2345678901234567e+19 [1.2345678901234567e+19]
int(9007199254740993)
9007199254740993 [9007199254740993]
float(9007199254740992)
9007199254740992 [9007199254740992]
float(1.234E-6)
1.234e-6 [1.234e-6]
float(1.7976931348623157E+308)
1.7976931348623157e+308 [1.7976931348623157e+308]
float(2.2250738585072014E-308)
2.2250738585072014e-308 [2.2250738585072014e-308]
float(5.0E-324)
5.0e-324 [5.0e-324]
float(INF)
 
float(-0)
-0 [-0]
float(4.35)
4.35 [4.35]
float(2500)
2500 [2500]
float(0.0025)
0.0025 [0.0025]
float(1)
1 [1]
float(12500)
12500 [12500]
float(3)
3 [3]
array(5) {
  [0]=>
  float(1.5)
  [1]=>
  float(-225)
  [2]=>
  int(7)
  [3]=>
  string(1) "7"
  [4]=>
  float(1)
}
bool(true)
array(5) {
  [0]=>
  string(2) "id"
  [1]=>
  string(4) "name"
  [2]=>
  int(10)
  [3]=>
  string(3) "tag"
  [4]=>
  string(34) "long key that is not shared at all"
}
string(1) "t"
string(2) "tu"
object(stdClass)#3 (5) {
  ["id"]=>
  int(1)
  ["name"]=>
  string(1) "x"
  ["10"]=>
  string(3) "ten"
  ["tag"]=>
  string(1) "t"
  ["long key that is not shared at all"]=>
  string(1) "v"
}
