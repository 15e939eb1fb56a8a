--TEST--
bi: microtime, hrtime, time and uniqid return values of the right types and shapes
--FILE--
<?php
$m = microtime();
var_dump(is_string($m), (bool)preg_match('/^0\.\d{8} \d+$/', $m));
$f = microtime(true);
var_dump(is_float($f), $f > 1600000000);
$h = hrtime();
var_dump(is_array($h), count($h), is_int($h[0]), is_int($h[1]));
$n = hrtime(true);
var_dump(is_int($n), hrtime(true) >= $n);
var_dump(is_int(time()), abs(time() - (int)$f) <= 1);
$u = uniqid();
var_dump(strlen($u), (bool)preg_match('/^[0-9a-f]{13}$/', $u), uniqid() !== uniqid(), strlen(uniqid('p_')), strlen(uniqid('', true)));
var_dump(is_float(lcg_value()), mt_getrandmax(), getrandmax());
mt_srand(42);
$a = mt_rand(1, 100);
mt_srand(42);
var_dump($a === mt_rand(1, 100));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(13)
bool(true)
bool(true)
int(15)
int(23)
bool(true)
int(2147483647)
int(2147483647)
bool(true)
