--TEST--
conv: float to int conversions: truncation, out of range, NAN/INF, implicit deprecation in array keys and %
--FILE--
<?php
var_dump((int)3.99, (int)-3.99, (int)0.5, (int)-0.5);
var_dump((int)1e19, (int)-1e19, (int)NAN, (int)INF, (int)-INF);
var_dump((int)9.2233720368547758E+18);
var_dump((int)"1e3", (int)"1.9e1", (int)" 3.7");
var_dump(intval(42.99), intval("42.99"), intval(-0.0));
var_dump(7.9 % 2);
$a = [];
$a[1.7] = 'x';
var_dump($a);
var_dump(1.0 | 0, 5.5 & 3);
var_dump(PHP_INT_MAX == (int)(float)PHP_INT_MAX);
var_dump((int)"  12  ", (int)"1_000");
var_dump(floor(5.5), ceil(5.1), (int)floor(-5.5));
--EXPECTF--
int(3)
int(-3)
int(0)
int(0)
int(-8446744073709551616)
int(8446744073709551616)
int(0)
int(0)
int(0)
int(-9223372036854775808)
int(1000)
int(19)
int(3)
int(42)
int(42)
int(0)

Deprecated: Implicit conversion from float 7.9 to int loses precision in %s on line 7
int(1)

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 9
array(1) {
  [1]=>
  string(1) "x"
}

Deprecated: Implicit conversion from float 5.5 to int loses precision in %s on line 11
int(1)
int(1)
bool(false)
int(12)
int(1)
float(5)
float(6)
int(-6)
