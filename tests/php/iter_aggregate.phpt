--TEST--
iterators: IteratorAggregate returning generators, ArrayIterator and nested aggregates; yield from an aggregate
--FILE--
<?php
class Coll implements IteratorAggregate { function __construct(private array $items) {}
  function getIterator(): Iterator { return new ArrayIterator($this->items); } }
class GenColl implements IteratorAggregate { function getIterator(): Generator { yield 'a' => 1; yield 'b' => 2; } }
class Wrap implements IteratorAggregate { function getIterator(): Traversable { return new GenColl; } }
foreach (new Coll([3, 4]) as $k => $v) echo "$k:$v "; echo "\n";
foreach (new GenColl as $k => $v) echo "$k:$v "; echo "\n";
foreach (new Wrap as $k => $v) echo "$k:$v "; echo "\n";
function g() { yield from new GenColl; } var_dump(iterator_to_array(g()));
var_dump(iterator_to_array(new Wrap), [...new Coll([5, 6])]);
class BadAgg implements IteratorAggregate { function getIterator(): Traversable { return new ArrayIterator([]); } }
class Broken implements IteratorAggregate { #[\ReturnTypeWillChange] function getIterator() { return [1]; } }
try { foreach (new Broken as $x) {} } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
0:3 1:4 
a:1 b:2 
a:1 b:2 
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(2) {
  [0]=>
  int(5)
  [1]=>
  int(6)
}
Exception: Objects returned by Broken::getIterator() must be traversable or implement interface Iterator
