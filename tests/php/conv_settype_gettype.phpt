--TEST--
conv: gettype, get_debug_type and settype for every type
--FILE--
<?php
$vals = [null, true, 1, 1.5, "s", [1], new stdClass, fn() => 1];
foreach ($vals as $v) {
    echo gettype($v), " / ", get_debug_type($v), "\n";
}
$types = ["int", "integer", "float", "double", "string", "bool", "boolean", "array", "null"];
foreach (["12abc", "0", 3.7, null, [1, 2]] as $orig) {
    foreach ($types as $t) {
        $v = $orig;
        $ok = @settype($v, $t);
        echo json_encode($orig), " -> $t: ", var_export($ok, true), " ", gettype($v), " ", json_encode($v), "\n";
    }
}
$v = 5;
try { settype($v, "nonsense"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$o = "str";
settype($o, "object");
print_r($o);
echo "\n";
--EXPECT--
NULL / null
boolean / bool
integer / int
double / float
string / string
array / array
object / stdClass
object / Closure
"12abc" -> int: true integer 12
"12abc" -> integer: true integer 12
"12abc" -> float: true double 12
"12abc" -> double: true double 12
"12abc" -> string: true string "12abc"
"12abc" -> bool: true boolean true
"12abc" -> boolean: true boolean true
"12abc" -> array: true array ["12abc"]
"12abc" -> null: true NULL null
"0" -> int: true integer 0
"0" -> integer: true integer 0
"0" -> float: true double 0
"0" -> double: true double 0
"0" -> string: true string "0"
"0" -> bool: true boolean false
"0" -> boolean: true boolean false
"0" -> array: true array ["0"]
"0" -> null: true NULL null
3.7 -> int: true integer 3
3.7 -> integer: true integer 3
3.7 -> float: true double 3.7
3.7 -> double: true double 3.7
3.7 -> string: true string "3.7"
3.7 -> bool: true boolean true
3.7 -> boolean: true boolean true
3.7 -> array: true array [3.7]
3.7 -> null: true NULL null
null -> int: true integer 0
null -> integer: true integer 0
null -> float: true double 0
null -> double: true double 0
null -> string: true string ""
null -> bool: true boolean false
null -> boolean: true boolean false
null -> array: true array []
null -> null: true NULL null
[1,2] -> int: true integer 1
[1,2] -> integer: true integer 1
[1,2] -> float: true double 1
[1,2] -> double: true double 1
[1,2] -> string: true string "Array"
[1,2] -> bool: true boolean true
[1,2] -> boolean: true boolean true
[1,2] -> array: true array [1,2]
[1,2] -> null: true NULL null
settype(): Argument #2 ($type) must be a valid type
stdClass Object
(
    [scalar] => str
)

