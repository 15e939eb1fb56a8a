--TEST--
generators: throw() raises inside the generator at the yield; caught exceptions resume, uncaught propagate
--FILE--
<?php
function g() { while (true) { try { $v = yield 'ready'; echo "got $v\n"; } catch (RuntimeException $e) { echo "caught inside: ", $e->getMessage(), "\n"; yield 'recovered'; } } }
$gen = g(); $gen->current();
var_dump($gen->throw(new RuntimeException('one')));
$gen->send('x');
try { $gen->throw(new LogicException('two')); } catch (LogicException $e) { echo "outside: ", $e->getMessage(), "\n"; }
var_dump($gen->valid());
function fresh() { echo "never runs\n"; yield 1; }
$f = fresh(); try { $f->throw(new Exception('early')); } catch (Exception $e) { echo "early: ", $e->getMessage(), "\n"; } var_dump($f->valid());
--EXPECT--
caught inside: one
string(9) "recovered"
outside: two
bool(false)
never runs
early: early
bool(false)
