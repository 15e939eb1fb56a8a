--TEST--
declare(strict_types=1): strict parameter, return, property and builtin argument checks; int widens to float
--FILE--
<?php
declare(strict_types=1);
function takesInt(int $x) { return $x; }
function takesFloat(float $x) { return $x; }
function retInt(): int { return "5"; }
function takesString(string $s) { return $s; }
class Obj { public int $n = 0; }
var_dump(takesFloat(5));
foreach ([fn() => takesInt("5"), fn() => takesInt(5.0), fn() => takesInt(true), fn() => takesString(5),
          fn() => retInt(), fn() => strlen(5), fn() => str_repeat("a", "3"),
          function () { $o = new Obj; $o->n = "7"; }, fn() => takesInt(null)] as $f) {
    try { var_dump($f()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(takesInt(7), strlen("ok"), round(3), array_sum([1, 2.5]));
--EXPECTF--
float(5)
takesInt(): Argument #1 ($x) must be of type int, string given, called in %s on line 9
takesInt(): Argument #1 ($x) must be of type int, float given, called in %s on line 9
takesInt(): Argument #1 ($x) must be of type int, bool given, called in %s on line 9
takesString(): Argument #1 ($s) must be of type string, int given, called in %s on line 9
retInt(): Return value must be of type int, string returned
strlen(): Argument #1 ($string) must be of type string, int given
str_repeat(): Argument #2 ($times) must be of type int, string given
Cannot assign string to property Obj::$n of type int
takesInt(): Argument #1 ($x) must be of type int, null given, called in %s on line 11
int(7)
int(2)
float(3)
float(3.5)
