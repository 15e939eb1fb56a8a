--TEST--
fn: declare(strict_types=1) rejects scalar coercions except int to float, for user and builtin calls
--FILE--
<?php
declare(strict_types=1);
function i(int $x) { return $x; }
function f(float $x) { return $x; }
function r(): int { return "5"; }
function t(callable $c) { try { var_dump($c()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; } }
t(fn() => i(5));
t(fn() => i("5"));
t(fn() => i(5.0));
t(fn() => f(5));
t(fn() => f("5.0"));
t(fn() => r());
t(fn() => strlen(5));
t(fn() => str_repeat("a", "3"));
t(fn() => round(5));
t(fn() => in_array(1, "x"));
t(fn() => i(true));
t(fn() => array_sum([1, "2"]));
t(fn() => "5" + 1);
t(fn() => strtoupper(null));
--EXPECTF--
int(5)
i(): Argument #1 ($x) must be of type int, string given, called in %s on line 8
i(): Argument #1 ($x) must be of type int, float given, called in %s on line 9
float(5)
f(): Argument #1 ($x) must be of type float, string given, called in %s on line 11
r(): Return value must be of type int, string returned
strlen(): Argument #1 ($string) must be of type string, int given
str_repeat(): Argument #2 ($times) must be of type int, string given
float(5)
in_array(): Argument #2 ($haystack) must be of type array, string given
i(): Argument #1 ($x) must be of type int, bool given, called in %s on line 17
int(3)
int(6)
strtoupper(): Argument #1 ($string) must be of type string, null given
