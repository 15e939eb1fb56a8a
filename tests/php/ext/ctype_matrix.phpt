--TEST--
every ctype function over strings, ints in and out of the byte range (deprecated), floats, null, bools, arrays
--INI--
extension=ctype
--FILE--
<?php
$vals = ["abc", "ABC", "aBc1", "123", "12.5", " \t\n", "", "!@#", "\x00", "\x7f", "ÀÉ", "0xff", "deadBEEF", "Hello World", 65, 48, 32, 256, -1, -129, 1.5, null, true, []];
$fns = ["ctype_alnum", "ctype_alpha", "ctype_cntrl", "ctype_digit", "ctype_graph", "ctype_lower", "ctype_print", "ctype_punct", "ctype_space", "ctype_upper", "ctype_xdigit"];
foreach ($vals as $v) { echo str_pad(json_encode($v, JSON_INVALID_UTF8_SUBSTITUTE), 14); foreach ($fns as $f) echo @$f($v) ? "1" : "0"; echo "\n"; }
var_dump(ctype_digit(5));
--EXPECTF--
"abc"         11001110001
"ABC"         11001010011
"aBc1"        10001010001
"123"         10011010001
"12.5"        00001010000
" \t\n"       00000000100
""            00000000000
"!@#"         00001011000
"\u0000"      00100000000
""           00100000000
"\u00c0\u00c9"00000000000
"0xff"        10001010000
"deadBEEF"    11001010001
"Hello World" 00000010000
65            11001010011
48            10011010001
32            00000010100
256           10011010001
-1            00000000000
-129          00001010000
1.5           00000000000
null          00000000000
true          00000000000
[]            00000000000

Deprecated: ctype_digit(): Argument of type int will be interpreted as string in the future in %s on line 5
bool(false)
