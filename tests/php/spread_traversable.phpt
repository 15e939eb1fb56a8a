--TEST--
unpacking Traversables (generators, IteratorAggregate) into arrays and arguments; getIterator returning a generator or a non-Traversable
--FILE--
<?php
function gen() { yield 1; yield 2; yield 'k' => 3; }
var_dump([...gen()]);
function sum(...$n) { return array_sum($n) . ' ' . implode(',', array_keys($n)); }
function g2() { yield 4; yield 5; }
echo sum(...g2()), "\n";
class Agg implements IteratorAggregate { function getIterator(): Iterator { return (function () { yield 'a'; yield 'b'; })(); } }
foreach (new Agg as $k => $v) echo "$k=$v ";
echo "\n", implode(',', [...new Agg]), "\n";
class Bad implements IteratorAggregate { #[ReturnTypeWillChange] function getIterator() { return [1]; } }
try { foreach (new Bad as $x) {} } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["k"]=>
  int(3)
}
9 0,1
0=a 1=b 
a,b
Exception: Objects returned by Bad::getIterator() must be traversable or implement interface Iterator
