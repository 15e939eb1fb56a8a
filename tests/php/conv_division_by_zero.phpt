--TEST--
conv: division and modulo by zero, intdiv errors, fmod
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); }
    catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
t(fn() => 1 / 0);
t(fn() => 1 % 0);
t(fn() => 0 / 0);
t(fn() => 1.5 / 0.0);
t(fn() => intdiv(1, 0));
t(fn() => intdiv(PHP_INT_MIN, -1));
t(fn() => PHP_INT_MIN % -1);
t(fn() => fmod(1, 0));
t(fn() => fdiv(1, 0));
t(fn() => fdiv(-1, 0));
t(fn() => fdiv(0, 0));
t(fn() => 7 % -3);
t(fn() => -7 % 3);
t(fn() => 7.5 % 2);
t(fn() => "10" / "4");
t(fn() => 10 / 5);
t(fn() => 10 / 4);
t(fn() => PHP_INT_MIN / -1);
$x = 5;
try { $x %= 0; } catch (DivisionByZeroError $e) { echo "compound: ", $e->getMessage(), "\n"; }
try { $x /= 0; } catch (DivisionByZeroError $e) { echo "compound: ", $e->getMessage(), "\n"; }
var_dump($x);
--EXPECTF--
DivisionByZeroError: Division by zero
DivisionByZeroError: Modulo by zero
DivisionByZeroError: Division by zero
DivisionByZeroError: Division by zero
DivisionByZeroError: Division by zero
ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer
int(0)
float(NAN)
float(INF)
float(-INF)
float(NAN)
int(1)
int(-1)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 19
int(1)
float(2.5)
int(2)
float(2.5)
float(9.223372036854776E+18)
compound: Modulo by zero
compound: Division by zero
int(5)
