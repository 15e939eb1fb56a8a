--TEST--
conv: truthiness of every type in if/while/ternary/logical operators, and/or precedence vs = and ||
--FILE--
<?php
foreach ([0, 1, -1, 0.0, -0.0, 0.1, "", "0", "00", "0.0", " ", "false", [], [0], null, new stdClass, NAN] as $v) {
    echo json_encode(is_float($v) && is_nan($v) ? 'NAN' : $v), ": ", $v ? 'truthy' : 'falsy', "\n";
}
$r = false or true;
var_dump($r);
$r2 = false || true;
var_dump($r2);
$r3 = true and false;
var_dump($r3);
var_dump(true xor true, true xor false, !empty("0"), (bool)"0" === false);
var_dump(1 && "a", 0 || "", null ?: "elvis", [] ?: "empty array");
--EXPECT--
0: falsy
1: truthy
-1: truthy
0: falsy
-0: falsy
0.1: truthy
"": falsy
"0": falsy
"00": truthy
"0.0": truthy
" ": truthy
"false": truthy
[]: falsy
[0]: truthy
null: falsy
{}: truthy
"NAN": truthy
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
string(5) "elvis"
string(11) "empty array"
