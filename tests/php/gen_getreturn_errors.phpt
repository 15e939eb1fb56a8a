--TEST--
generators: getReturn before completion, rewind after start, and running a finished generator
--FILE--
<?php
function g() { yield 1; yield 2; return 3; }
$gen = g();
try { $gen->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
foreach ($gen as $v) echo $v, "\n";
var_dump($gen->getReturn(), $gen->valid(), $gen->current(), $gen->key());
try { foreach ($gen as $v) {} } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$h = g(); $h->current(); $h->rewind(); $h->next();
try { $h->rewind(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
function r() { return 5; yield; } $r = r(); var_dump($r->valid(), $r->getReturn());
function thrower() { yield 1; throw new LogicException('boom'); }
$t = thrower(); foreach ($t as $v) { try { } finally {} } 
--EXPECTF--
Exception: Cannot get return value of a generator that hasn't returned
1
2
int(3)
bool(false)
NULL
NULL
Cannot traverse an already closed generator
Cannot rewind a generator that was already run
bool(false)
int(5)

Fatal error: Uncaught LogicException: boom in %s:11
Stack trace:
#0 %s(12): thrower()
#1 {main}
  thrown in %s on line 11
[exit 255: ]
