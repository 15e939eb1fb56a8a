--TEST--
conv: integer overflow to float in + - * ++ -- and unary minus
--FILE--
<?php
$max = PHP_INT_MAX;
$min = PHP_INT_MIN;
var_dump($max + 1);
var_dump($min - 1);
var_dump($max * 2);
var_dump($min * -1);
var_dump(-$min);
var_dump($max - -1);
$a = $max; $a++; var_dump($a);
$b = $min; $b--; var_dump($b);
$c = $max; ++$c; var_dump($c);
$d = $min; --$d; var_dump($d);
$e = $max; $e += 1; var_dump($e);
$f = $min; $f -= 1; var_dump($f);
$g = 3037000500; var_dump($g * $g);
var_dump(3037000499 * 3037000499);
var_dump(PHP_INT_MAX + 0 === PHP_INT_MAX);
var_dump(is_float($max + 1), $max + 1 == $max);
var_dump(array_sum([$max, 1]));
var_dump(abs($min));
var_dump($min % -1);
var_dump(intdiv(10, 3), intdiv(-10, 3));
--EXPECT--
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(1.8446744073709552E+19)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(9.22337203700025E+18)
int(9223372030926249001)
bool(true)
bool(true)
bool(true)
float(9.223372036854776E+18)
float(9.223372036854776E+18)
int(0)
int(3)
int(-3)
