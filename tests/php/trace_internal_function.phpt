--TEST--
functions called back by builtins appear as [internal function] in traces
--FILE--
<?php
function cb($x) { if ($x == 2) throw new Exception("in callback"); return $x; }
try { array_map('cb', [1, 2]); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
function gen() { yield 1; throw new Exception("in generator"); }
try { iterator_to_array(gen()); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
function show($v) { debug_print_backtrace(); return 1; }
array_map('show', [1]);
--EXPECTF--
#0 [internal function]: cb(2)
#1 %s(3): array_map('cb', Array)
#2 {main}
#0 [internal function]: gen()
#1 %s(5): iterator_to_array(Object(Generator))
#2 {main}
#0 [internal function]: show(1)
#1 %s(7): array_map('show', Array)
