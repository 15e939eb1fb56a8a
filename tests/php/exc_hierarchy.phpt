--TEST--
exceptions: the Throwable hierarchy: parents of built-in exceptions and errors, user classes cannot implement Throwable directly
--FILE--
<?php
$classes = ['Exception', 'Error', 'ErrorException', 'TypeError', 'ValueError', 'ArgumentCountError', 'ArithmeticError', 'DivisionByZeroError', 'CompileError', 'ParseError', 'UnhandledMatchError', 'LogicException', 'BadFunctionCallException', 'BadMethodCallException', 'DomainException', 'InvalidArgumentException', 'LengthException', 'OutOfRangeException', 'RuntimeException', 'OutOfBoundsException', 'OverflowException', 'RangeException', 'UnderflowException', 'UnexpectedValueException', 'JsonException'];
foreach ($classes as $c) { $chain = []; for ($p = $c; $p; $p = get_parent_class($p)) $chain[] = $p; echo implode(' < ', $chain), "\n"; }
var_dump(new Exception instanceof Throwable, new Error instanceof Exception, is_subclass_of('Error', 'Throwable'));
interface MyThrowable extends Throwable {}
class MyEx extends Exception implements MyThrowable {}
try { throw new MyEx('mine'); } catch (MyThrowable $e) { echo "caught ", $e->getMessage(), "\n"; }
class Fake implements Throwable {}
--EXPECTF--
Exception
Error
ErrorException < Exception
TypeError < Error
ValueError < Error
ArgumentCountError < TypeError < Error
ArithmeticError < Error
DivisionByZeroError < ArithmeticError < Error
CompileError < Error
ParseError < CompileError < Error
UnhandledMatchError < Error
LogicException < Exception
BadFunctionCallException < LogicException < Exception
BadMethodCallException < BadFunctionCallException < LogicException < Exception
DomainException < LogicException < Exception
InvalidArgumentException < LogicException < Exception
LengthException < LogicException < Exception
OutOfRangeException < LogicException < Exception
RuntimeException < Exception
OutOfBoundsException < RuntimeException < Exception
OverflowException < RuntimeException < Exception
RangeException < RuntimeException < Exception
UnderflowException < RuntimeException < Exception
UnexpectedValueException < RuntimeException < Exception
JsonException < Exception
bool(true)
bool(false)
bool(true)
caught mine

Fatal error: Class Fake cannot implement interface Throwable, extend Exception or Error instead in %s on line 8
[exit 255: ]
