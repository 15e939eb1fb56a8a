--TEST--
lex: numeric literal edge cases: leading zeros, float forms, exponent signs, .5 and 5., separators in all bases
--FILE--
<?php
var_dump(007, 0.0e0, 1e+2, 1E-2, 0e5, 00.5, 0x0_F, 0b1_1, 0o1_7, 1_0e-1_0);
var_dump(PHP_INT_MAX, -PHP_INT_MAX - 1, 0x7fff_ffff_ffff_ffff);
var_dump(.1e1, 1., 2.e1, 0xFFFFFFFF, 4294967296);
var_dump(1.7976931348623157e308, 4.9e-324, 1e-400, 2e308);
var_dump(0b11111111111111111111111111111111111111111111111111111111111111111);
var_dump(077777777777777777777777);
var_dump(-0, -0.0, +0.0, - 1);
var_dump(1 <=> 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < PHP_FLOAT_EPSILON);
var_dump(PHP_FLOAT_MAX, PHP_FLOAT_MIN, PHP_FLOAT_DIG, PHP_INT_SIZE);
--EXPECT--
int(7)
float(0)
float(100)
float(0.01)
float(0)
float(0.5)
int(15)
int(3)
int(15)
float(1.0E-9)
int(9223372036854775807)
int(-9223372036854775808)
int(9223372036854775807)
float(1)
float(1)
float(20)
int(4294967295)
int(4294967296)
float(1.7976931348623157E+308)
float(5.0E-324)
float(0)
float(INF)
float(3.68934881474191E+19)
float(5.902958103587057E+20)
int(0)
float(-0)
float(0)
int(-1)
int(0)
bool(false)
bool(true)
float(1.7976931348623157E+308)
float(2.2250738585072014E-308)
int(15)
int(8)
