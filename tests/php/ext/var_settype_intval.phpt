--TEST--
settype, intval with a base, floatval, boolval
--FILE--
<?php
foreach (['42', '0x1A', '0X1f', '012', '0b101', '-0b11', '+0B11', '  0b11', 'z', '-ff', '9999999999999999999999', ''] as $s) {
    echo json_encode($s), ": ";
    foreach ([0, 2, 8, 10, 16, 36] as $base) echo intval($s, $base), " ";
    echo "\n";
}
var_dump(intval(42.99, 16), intval(true, 2), intval(null), intval([]), intval([0]), intval("1e3"), intval(" 12 "));
var_dump(floatval("1.5abc"), floatval("-.5e2"), floatval("abc"), floatval(null), floatval(true));
var_dump(boolval("0"), boolval(""), boolval("0.0"), boolval([]), boolval([0]), boolval(0.0), boolval(new stdClass));
$types = ['integer', 'int', 'float', 'double', 'string', 'array', 'boolean', 'bool', 'null', 'BOOL'];
foreach ($types as $t) {
    foreach (['12abc', 3.7, true, null, [1, 2]] as $v) {
        $x = $v;
        $r = @settype($x, $t);
        echo $t, " ", json_encode($v), " -> ", var_export($x, true), " ", var_export($r, true), "\n";
    }
}
$x = "str"; settype($x, "object"); print_r($x);
$x = ['a' => 1]; settype($x, "object"); print_r($x);
$x = 1.5; settype($x, "string"); var_dump($x);
try { settype($x, "foo"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { settype($x, "resource"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
"42": 42 0 34 42 66 146 
"0x1A": 26 0 0 0 26 42814 
"0X1f": 31 0 0 0 31 42819 
"012": 10 1 10 12 18 38 
"0b101": 5 5 0 0 45313 514513 
"-0b11": -3 -3 0 0 -2833 -14293 
"+0B11": 3 3 0 0 2833 14293 
"  0b11": 3 3 0 0 2833 14293 
"z": 0 0 0 0 0 35 
"-ff": 0 0 0 0 -255 -555 
"9999999999999999999999": 9223372036854775807 0 0 9223372036854775807 9223372036854775807 9223372036854775807 
"": 0 0 0 0 0 0 
int(42)
int(1)
int(0)
int(0)
int(1)
int(1000)
int(12)
float(1.5)
float(-50)
float(0)
float(0)
float(1)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
integer "12abc" -> 12 true
integer 3.7 -> 3 true
integer true -> 1 true
integer null -> 0 true
integer [1,2] -> 1 true
int "12abc" -> 12 true
int 3.7 -> 3 true
int true -> 1 true
int null -> 0 true
int [1,2] -> 1 true
float "12abc" -> 12.0 true
float 3.7 -> 3.7 true
float true -> 1.0 true
float null -> 0.0 true
float [1,2] -> 1.0 true
double "12abc" -> 12.0 true
double 3.7 -> 3.7 true
double true -> 1.0 true
double null -> 0.0 true
double [1,2] -> 1.0 true
string "12abc" -> '12abc' true
string 3.7 -> '3.7' true
string true -> '1' true
string null -> '' true
string [1,2] -> 'Array' true
array "12abc" -> array (
  0 => '12abc',
) true
array 3.7 -> array (
  0 => 3.7,
) true
array true -> array (
  0 => true,
) true
array null -> array (
) true
array [1,2] -> array (
  0 => 1,
  1 => 2,
) true
boolean "12abc" -> true true
boolean 3.7 -> true true
boolean true -> true true
boolean null -> false true
boolean [1,2] -> true true
bool "12abc" -> true true
bool 3.7 -> true true
bool true -> true true
bool null -> false true
bool [1,2] -> true true
null "12abc" -> NULL true
null 3.7 -> NULL true
null true -> NULL true
null null -> NULL true
null [1,2] -> NULL true
BOOL "12abc" -> true true
BOOL 3.7 -> true true
BOOL true -> true true
BOOL null -> false true
BOOL [1,2] -> true true
stdClass Object
(
    [scalar] => str
)
stdClass Object
(
    [a] => 1
)
string(3) "1.5"
settype(): Argument #2 ($type) must be a valid type
Cannot convert to resource type
