--TEST--
exceptions: ArithmeticError and DivisionByZeroError messages for /, %, intdiv, shifts and fmod
--FILE--
<?php
$cases = [fn() => 1 / 0, fn() => 1 % 0, fn() => intdiv(1, 0), fn() => intdiv(PHP_INT_MIN, -1), fn() => PHP_INT_MIN % -1, fn() => 1 << -1, fn() => 1 >> -2, fn() => fmod(1, 0), fn() => 0 / 0, fn() => 5.0 % 0];
foreach ($cases as $i => $c) { try { var_dump($c()); } catch (Throwable $e) { echo $i, " ", get_class($e), ": ", $e->getMessage(), " parent=", get_parent_class($e), "\n"; } }
var_dump(new DivisionByZeroError instanceof ArithmeticError, new ArithmeticError instanceof Error);
--EXPECT--
0 DivisionByZeroError: Division by zero parent=ArithmeticError
1 DivisionByZeroError: Modulo by zero parent=ArithmeticError
2 DivisionByZeroError: Division by zero parent=ArithmeticError
3 ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer parent=Error
int(0)
5 ArithmeticError: Bit shift by negative number parent=Error
6 ArithmeticError: Bit shift by negative number parent=Error
float(NAN)
8 DivisionByZeroError: Division by zero parent=ArithmeticError
9 DivisionByZeroError: Modulo by zero parent=ArithmeticError
bool(true)
bool(true)
