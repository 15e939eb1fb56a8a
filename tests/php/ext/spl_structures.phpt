--TEST--
SPL basics: ArrayObject/ArrayIterator, SplStack/SplQueue/SplDoublyLinkedList (LIFO offsets, modes), SplObjectStorage, SplFixedArray, iterator functions, class_implements/parents, a user IteratorAggregate+Countable+ArrayAccess class, the exception hierarchy
--FILE--
<?php
$ao = new ArrayObject(["b" => 2, "a" => 1, 3 => "x"]);
var_dump(count($ao), $ao["a"], isset($ao["z"]), $ao->getArrayCopy()); $ao["c"] = 3; unset($ao["b"]); $ao[] = "app"; $ao->ksort(); var_dump($ao->getArrayCopy());
foreach ($ao as $k => $v) echo "$k=$v "; echo "\n";
$it = $ao->getIterator(); var_dump(get_class($it), $it->count()); foreach ($it as $k => $v) echo "$k "; echo "\n";
$ai = new ArrayIterator([3, 1, 2]); $ai->asort(); var_dump(iterator_to_array($ai), iterator_count($ai), iterator_to_array(new ArrayIterator(["x" => 1, "y" => 2]), false));
$s = new SplStack(); $s->push(1); $s->push(2); $s[] = 3; var_dump($s->top(), $s->pop(), count($s), $s->isEmpty()); foreach ($s as $v) echo $v, " "; echo "\n";
$q = new SplQueue(); $q->enqueue("a"); $q->enqueue("b"); $q->push("c"); var_dump($q->dequeue(), $q->count(), $q->bottom(), $q->top()); foreach ($q as $i => $v) echo "$i:$v "; echo "\n";
$l = new SplDoublyLinkedList(); foreach ([1, 2, 3, 4] as $v) $l->push($v); $l->setIteratorMode(SplDoublyLinkedList::IT_MODE_LIFO); foreach ($l as $v) echo $v; echo "\n"; $l->offsetUnset(1); var_dump($l->offsetGet(1), $l->shift(), count($l));
try { (new SplStack)->pop(); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$os = new SplObjectStorage(); $o1 = new stdClass; $o2 = new stdClass; $os->attach($o1, "one"); $os[$o2] = "two"; $os->attach($o1, "uno");
var_dump(count($os), $os[$o1], $os->contains($o2), isset($os[$o2])); $os->detach($o2); var_dump(count($os), $os->contains($o2)); foreach ($os as $i => $o) var_dump($i, $os->getInfo());
$fa = new SplFixedArray(3); $fa[0] = "a"; $fa[2] = "c"; var_dump($fa->getSize(), $fa->toArray(), $fa[1]); $fa->setSize(4); var_dump(count($fa));
try { $fa[10] = 1; } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(SplFixedArray::fromArray([1, 2, 3])->toArray(), spl_object_id($o1) === spl_object_id($o1), spl_object_hash($o1) === spl_object_hash($o2), class_implements(new ArrayObject([])), class_parents(new LengthException()));
class C implements IteratorAggregate, Countable, ArrayAccess { private $d = ["x" => 1];
  function getIterator(): Iterator { return new ArrayIterator($this->d); } function count(): int { return 42; }
  function offsetExists($o): bool { return isset($this->d[$o]); } function offsetGet($o): mixed { return $this->d[$o] ?? "none"; } function offsetSet($o, $v): void { if ($o === null) $this->d[] = $v; else $this->d[$o] = $v; } function offsetUnset($o): void { unset($this->d[$o]); } }
$c = new C; $c["y"] = 2; $c[] = 3; unset($c["x"]); var_dump(count($c), isset($c["y"]), $c["q"], iterator_to_array($c), iterator_apply($it2 = new ArrayIterator([1, 2, 3]), fn() => true));
foreach ([new LogicException("l"), new DomainException("d"), new InvalidArgumentException("i"), new OutOfRangeException("o"), new RuntimeException("r"), new OutOfBoundsException("ob"), new OverflowException("of"), new RangeException("ra"), new UnderflowException("u"), new UnexpectedValueException("uv"), new BadFunctionCallException("bf"), new BadMethodCallException("bm")] as $e) echo get_class($e), " < ", get_parent_class($e), "\n";
--EXPECT--
int(3)
int(1)
bool(false)
array(3) {
  ["b"]=>
  int(2)
  ["a"]=>
  int(1)
  [3]=>
  string(1) "x"
}
array(4) {
  [3]=>
  string(1) "x"
  [4]=>
  string(3) "app"
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
3=x 4=app a=1 c=3 
string(13) "ArrayIterator"
int(4)
3 4 a c 
array(3) {
  [1]=>
  int(1)
  [2]=>
  int(2)
  [0]=>
  int(3)
}
int(3)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(3)
int(3)
int(2)
bool(false)
2 1 
string(1) "a"
int(2)
string(1) "b"
string(1) "c"
0:b 1:c 
4321
int(2)
int(1)
int(2)
RuntimeException: Can't pop from an empty datastructure
int(2)
string(3) "uno"
bool(true)
bool(true)
int(1)
bool(false)
int(0)
string(3) "uno"
int(3)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  NULL
  [2]=>
  string(1) "c"
}
NULL
int(4)
RuntimeException: Index invalid or out of range
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
bool(true)
bool(false)
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
array(2) {
  ["LogicException"]=>
  string(14) "LogicException"
  ["Exception"]=>
  string(9) "Exception"
}
int(42)
bool(true)
string(4) "none"
array(2) {
  ["y"]=>
  int(2)
  [0]=>
  int(3)
}
int(3)
LogicException < Exception
DomainException < LogicException
InvalidArgumentException < LogicException
OutOfRangeException < LogicException
RuntimeException < Exception
OutOfBoundsException < RuntimeException
OverflowException < RuntimeException
RangeException < RuntimeException
UnderflowException < RuntimeException
UnexpectedValueException < RuntimeException
BadFunctionCallException < LogicException
BadMethodCallException < BadFunctionCallException
