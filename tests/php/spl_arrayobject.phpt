--TEST--
SPL ArrayObject and ArrayIterator: ArrayAccess, Countable, iteration, sorting, copies
--FILE--
<?php
$a = new ArrayObject([3 => 'a', 'x' => 'b']);
var_dump(count($a), $a['x'], isset($a[3]), isset($a[9]), $a->getArrayCopy());
$a[] = 'c'; $a['y'] = 'd'; unset($a[3]); $a->append('e');
foreach ($a as $k => $v) echo "$k=$v ";
echo "\n";
var_dump($a[42], $a['nope']);
var_dump($a instanceof IteratorAggregate, $a instanceof ArrayAccess, $a instanceof Countable, $a instanceof Traversable);
$it = $a->getIterator();
var_dump(get_class($it), count($it), iterator_count($it), iterator_to_array($it));
$it->rewind(); $it->next();
var_dump($it->valid(), $it->key(), $it->current());
$it->seek(2); var_dump($it->current());
try { $it->seek(10); } catch (OutOfBoundsException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$s = new ArrayObject(['b' => 2, 'a' => 3, 'c' => 1]);
$s->asort(); echo implode(',', array_keys($s->getArrayCopy())), "\n";
$s->ksort(); echo implode(',', array_keys($s->getArrayCopy())), "\n";
$s->uasort(fn($x, $y) => $y <=> $x); echo implode(',', $s->getArrayCopy()), "\n";
$s->uksort(fn($x, $y) => strcmp($y, $x)); echo implode(',', array_keys($s->getArrayCopy())), "\n";
$old = $s->exchangeArray([1, 2]); var_dump($old, count($s));
$orig = [1, 2, 3]; $ao = new ArrayObject($orig); $ao[0] = 'changed'; var_dump($orig[0], $ao[0]);
$ai = new ArrayIterator(['k' => 'v', 'k2' => 'v2']);
foreach ($ai as $k => $v) echo "$k:$v ";
echo "\n";
foreach ($ai as $k => $v) { foreach ($ai as $k2 => $v2) {} echo "$k "; }
echo "\n";
class Bag extends ArrayObject { function sum() { return array_sum($this->getArrayCopy()); } }
$b = new Bag([1, 2, 3]); $b[] = 4; var_dump($b->sum(), count($b));
var_dump(iterator_count(new ArrayIterator([1, 2, 3])), iterator_to_array(new ArrayIterator(['a' => 1]), false));
var_dump(class_implements(new ArrayObject([])), class_parents(new Bag([])));
var_dump(iterator_apply($it2 = new ArrayIterator([1, 2, 3]), function () use (&$seen) { $seen[] = 1; return count($seen) < 2; }), $seen);
--EXPECTF--
int(2)
string(1) "b"
bool(true)
bool(false)
array(2) {
  [3]=>
  string(1) "a"
  ["x"]=>
  string(1) "b"
}
x=b 4=c y=d 5=e 

Warning: Undefined array key 42 in %s on line 7

Warning: Undefined array key "nope" in %s on line 7
NULL
NULL
bool(true)
bool(true)
bool(true)
bool(true)
string(13) "ArrayIterator"
int(4)
int(4)
array(4) {
  ["x"]=>
  string(1) "b"
  [4]=>
  string(1) "c"
  ["y"]=>
  string(1) "d"
  [5]=>
  string(1) "e"
}
bool(true)
int(4)
string(1) "c"
string(1) "d"
OutOfBoundsException: Seek position 10 is out of range
c,b,a
a,b,c
3,2,1
c,b,a
array(3) {
  ["c"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(3)
}
int(2)
int(1)
string(7) "changed"
k:v k2:v2 
k 
int(10)
int(4)
int(3)
array(1) {
  [0]=>
  int(1)
}
array(5) {
  ["IteratorAggregate"]=>
  string(17) "IteratorAggregate"
  ["Traversable"]=>
  string(11) "Traversable"
  ["ArrayAccess"]=>
  string(11) "ArrayAccess"
  ["Serializable"]=>
  string(12) "Serializable"
  ["Countable"]=>
  string(9) "Countable"
}
array(1) {
  ["ArrayObject"]=>
  string(11) "ArrayObject"
}
int(2)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(1)
}
