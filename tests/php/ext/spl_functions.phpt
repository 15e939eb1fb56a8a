--TEST--
SPL functions: class_implements/class_parents with and without autoloading, their TypeError, iterator_to_array/iterator_count/iterator_apply over generators, aggregates and SPL iterators, spl_classes
--FILE--
<?php
spl_autoload_register(function ($c) { echo "autoload($c)\n"; });
interface I1 {} interface I2 extends I1 {}
class A implements I2 {} class B extends A implements Countable { function count(): int { return 0; } }
var_dump(class_implements(new B), class_parents('B'), class_implements('A', false));
var_dump(class_parents('Nope'), class_parents('Nope2', false), class_implements('Nope3'));
try { class_implements(42); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$sorted = function ($a) { ksort($a); return $a; };
var_dump($sorted(class_implements('ArrayIterator')), class_parents(new RecursiveArrayIterator([])), $sorted(class_implements('RecursiveIteratorIterator')));
function g() { yield 'a' => 1; yield 'a' => 2; yield 'b' => 3; }
var_dump(iterator_to_array(g()), iterator_to_array(g(), false), iterator_count(g()));
class Agg implements IteratorAggregate { function getIterator(): Iterator { return new ArrayIterator(['x' => 1, 'y' => 2]); } }
var_dump(iterator_to_array(new Agg), iterator_count(new Agg));
$it = new ArrayIterator([1, 2, 3, 4]);
var_dump(iterator_apply($it, function ($it) { echo $it->current(), ";"; return $it->current() < 3; }, [$it]));
var_dump(iterator_apply(new EmptyIterator, fn() => true));
var_dump(iterator_count(new LimitIterator(new InfiniteIterator(new ArrayIterator([1, 2])), 0, 5)));
var_dump(iterator_to_array(new RecursiveIteratorIterator(new RecursiveArrayIterator([1, [2, [3]], 4])), false));
spl_autoload_call('Lazy'); spl_autoload_call('A');
$classes = spl_classes();
var_dump(isset($classes['SplHeap']), isset($classes['MultipleIterator']), $classes['RecursiveTreeIterator']);
--EXPECTF--
array(3) {
  ["I2"]=>
  string(2) "I2"
  ["I1"]=>
  string(2) "I1"
  ["Countable"]=>
  string(9) "Countable"
}
array(1) {
  ["A"]=>
  string(1) "A"
}
array(2) {
  ["I2"]=>
  string(2) "I2"
  ["I1"]=>
  string(2) "I1"
}
autoload(Nope)

Warning: class_parents(): Class Nope does not exist and could not be loaded in %s on line 6

Warning: class_parents(): Class Nope2 does not exist in %s on line 6
autoload(Nope3)

Warning: class_implements(): Class Nope3 does not exist and could not be loaded in %s on line 6
bool(false)
bool(false)
bool(false)
class_implements(): Argument #1 ($object_or_class) must be of type object|string, int given
array(6) {
  ["ArrayAccess"]=>
  string(11) "ArrayAccess"
  ["Countable"]=>
  string(9) "Countable"
  ["Iterator"]=>
  string(8) "Iterator"
  ["SeekableIterator"]=>
  string(16) "SeekableIterator"
  ["Serializable"]=>
  string(12) "Serializable"
  ["Traversable"]=>
  string(11) "Traversable"
}
array(1) {
  ["ArrayIterator"]=>
  string(13) "ArrayIterator"
}
array(3) {
  ["Iterator"]=>
  string(8) "Iterator"
  ["OuterIterator"]=>
  string(13) "OuterIterator"
  ["Traversable"]=>
  string(11) "Traversable"
}
array(2) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(3)
array(2) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
}
int(2)
1;2;3;int(3)
int(0)
int(5)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
autoload(Lazy)
autoload(A)
bool(true)
bool(true)
string(21) "RecursiveTreeIterator"
