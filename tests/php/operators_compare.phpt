--TEST--
operators_compare: a small program exercising operators compare
--FILE--
<?php
var_dump(1 + 1.5, 7 / 2, 6 / 3, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1, 2 ** 63, PHP_INT_MAX + 1);
var_dump(7 <=> 3, "a" <=> "b", [1, 2] <=> [1, 3], 1.5 <=> 1.5);
var_dump(0 == "a", "1" == "01", "10" == "1e1", 100 == "1e2", "abc" == 0, null == false, [] == false);
var_dump("abc" < "abd", 10 < "9", "10" < "9", null < -1, true > 10);
var_dump(1 === 1.0, "1" === "1", [1, 2] === [1, 2], [1, 2] == [1 => 2, 0 => 1], [1, 2] === [1 => 2, 0 => 1]);
var_dump((int)"12abc", (float)"1.5e3", (bool)"0", (bool)"", (bool)"0.0", (string)1.0, (string)false, (int)12.9, (int)-12.9);
var_dump(intval("0x1A", 16), intval("42", 8), 0.1 + 0.7, 1e15, 1e14, 123456789012345678);
var_dump(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 3, -16 >> 2, "a" . 1 . 2.5 . true . null);
var_dump(!0, !"a", true && false, true || false, true xor true, 3 > 2 && 2 > 1);
echo 10/3, " ", 1/7, " ", 1e20, " ", 2.5e-5, " ", -0.0, " ", 1.0, " ", 100.0, "\n";
var_dump("5" + "3", "5" . "3", "1.5" + 1, 10 - "2.5");
try { var_dump("abc" * 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump("12abc" + 1);
var_dump(max(1, 2.5, "3"), min([4, 2, 8]), abs(-5), floor(2.7), ceil(2.1), round(2.5), round(-2.5), round(1.955, 2), intdiv(7, 2), sqrt(16), pow(2, 8), pow(2.0, 0.5));
var_dump(PHP_INT_MAX, PHP_INT_MIN, PHP_EOL);
--EXPECTF--
float(2.5)
float(3.5)
int(2)
int(1)
int(-1)
int(1024)
float(0.5)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
int(1)
int(-1)
int(-1)
int(0)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
int(12)
float(1500)
bool(false)
bool(false)
bool(true)
string(1) "1"
string(0) ""
int(12)
int(-12)
int(26)
int(34)
float(0.7999999999999999)
float(1000000000000000)
float(100000000000000)
int(123456789012345678)
int(1)
int(7)
int(6)
int(-6)
int(8)
int(-4)
string(6) "a12.51"
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
3.3333333333333 0.14285714285714 1.0E+20 2.5E-5 -0 1 100
int(8)
string(2) "53"
float(2.5)
float(7.5)
Unsupported operand types: string * int

Warning: A non-numeric value encountered in %s on line 14
int(13)
string(1) "3"
int(2)
int(5)
float(2)
float(3)
float(3)
float(-3)
float(1.96)
int(3)
float(4)
int(256)
float(1.4142135623730951)
int(9223372036854775807)
int(-9223372036854775808)
string(1) "
"
