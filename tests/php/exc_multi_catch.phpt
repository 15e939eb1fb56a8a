--TEST--
exceptions: multi-catch with |, catch without variable, catch order and Throwable catching Errors
--FILE--
<?php
class AEx extends Exception {} class BEx extends Exception {} class CEx extends BEx {}
function t($e) { try { throw $e; } catch (AEx | CEx $x) { return 'A|C ' . get_class($x); } catch (BEx) { return 'B no var'; } catch (Exception $x) { return 'Exception'; } }
echo t(new AEx), "\n", t(new CEx), "\n", t(new BEx), "\n", t(new RuntimeException), "\n";
try { intdiv(1, 0); } catch (Exception $e) { echo "not here\n"; } catch (Error $e) { echo get_class($e), "\n"; }
try { null->m(); } catch (Throwable $t) { echo get_class($t), ": ", $t->getMessage(), "\n"; }
try { try { throw new TypeError('te'); } catch (ValueError | ArgumentCountError) { echo "wrong\n"; } } catch (TypeError $e) { echo "outer ", $e->getMessage(), "\n"; }
try { throw new ArgumentCountError('ace'); } catch (TypeError $e) { echo "ArgumentCountError is a TypeError\n"; }
--EXPECT--
A|C AEx
A|C CEx
B no var
Exception
DivisionByZeroError
Error: Call to a member function m() on null
outer te
ArgumentCountError is a TypeError
