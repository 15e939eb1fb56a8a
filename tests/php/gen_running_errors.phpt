--TEST--
generators: a generator cannot resume itself; errors inside generators carry the generator's line
--FILE--
<?php
function self_ref() { global $gen; yield 1; $gen->next(); yield 2; }
$gen = self_ref(); $gen->current();
try { $gen->next(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function bad() { yield 1; return intdiv(1, 0); }
$b = bad(); $b->current();
try { $b->next(); } catch (DivisionByZeroError $e) { echo $e->getMessage(), " line ", $e->getLine(), "\n"; }
--EXPECT--
Error: Cannot resume an already running generator
Division by zero line 5
