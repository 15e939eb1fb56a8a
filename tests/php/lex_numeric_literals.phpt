--TEST--
lex: numeric literals: hex, octal (0o and legacy), binary, separators, floats, overflow to float
--FILE--
<?php
var_dump(0x1F, 0X1f, 0xff_ff);
var_dump(0o17, 0O17, 017, 0_17);
var_dump(0b101, 0B1_0_1);
var_dump(1_000_000, 1_0.5_0, 1e3, 1E-3, .5, 5., 1_0e1_0);
var_dump(9223372036854775807);
var_dump(9223372036854775808);
var_dump(-9223372036854775808);
var_dump(0x7FFFFFFFFFFFFFFF, 0x8000000000000000);
var_dump(0b1111111111111111111111111111111111111111111111111111111111111111);
var_dump(0777777777777777777777, 01000000000000000000000);
var_dump(PHP_INT_MAX + 1);
var_dump(0.1 + 0.2, 1.0, -0.0, 1e308 * 10);
var_dump(00, 0x0, 0b0, 0.0);
--EXPECT--
int(31)
int(31)
int(65535)
int(15)
int(15)
int(15)
int(15)
int(5)
int(5)
int(1000000)
float(10.5)
float(1000)
float(0.001)
float(0.5)
float(5)
float(100000000000)
int(9223372036854775807)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
int(9223372036854775807)
float(9.223372036854776E+18)
float(1.844674407370955E+19)
int(9223372036854775807)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
float(0.30000000000000004)
float(1)
float(-0)
float(INF)
int(0)
int(0)
int(0)
float(0)
