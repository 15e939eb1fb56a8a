--TEST--
conv: ** and pow() with negatives, zero, overflow and fractional exponents
--FILE--
<?php
var_dump(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, (-2) ** 2);
var_dump(2 ** 62, 2 ** 63, 2 ** 64);
var_dump((-2) ** 63, (-2) ** 64);
var_dump(0 ** 0, 0 ** 1, 0.0 ** 0);
var_dump(4 ** 0.5, (-8) ** (1/3));
var_dump(10 ** -2, 1 ** PHP_INT_MAX, (-1) ** PHP_INT_MAX);
var_dump(2 ** 3 ** 2);
var_dump("3" ** "2", "2.5" ** 2);
var_dump(pow(2, 3), pow(2.0, 3), pow("2", -2));
$x = 3; $x **= 3; var_dump($x);
try { var_dump(0 ** -1); } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
var_dump(-3 ** 0);
var_dump(PHP_INT_MAX ** 1, PHP_INT_MIN ** 1);
--EXPECT--
int(1024)
float(0.5)
int(-8)
int(-4)
int(4)
int(4611686018427387904)
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
int(-9223372036854775808)
float(1.8446744073709552E+19)
int(1)
int(0)
float(1)
float(2)
float(NAN)
float(0.01)
int(1)
int(-1)
int(512)
int(9)
float(6.25)
int(8)
float(8)
float(0.25)
int(27)
float(INF)
int(-1)
int(9223372036854775807)
int(-9223372036854775808)
