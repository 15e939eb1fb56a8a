--TEST--
SPL SplDoublyLinkedList, SplStack, SplQueue, SplObjectStorage, SplFixedArray
--FILE--
<?php
$s = new SplStack; $s->push(1); $s->push(2); $s[] = 3;
var_dump($s->top(), $s->pop(), count($s), $s->isEmpty(), $s->getIteratorMode());
foreach ($s as $k => $v) echo "$k=$v ";
echo "\n";
$q = new SplQueue; $q->enqueue('a'); $q->enqueue('b'); $q[] = 'c';
var_dump($q->dequeue(), count($q), $q->bottom(), $q->top(), $q[0], $q->getIteratorMode());
foreach ($q as $k => $v) echo "$k=$v ";
echo "\n";
$l = new SplDoublyLinkedList;
foreach (['pop', 'shift', 'top', 'bottom'] as $m) { try { $l->$m(); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; } }
foreach (['offsetGet', 'offsetUnset'] as $m) { try { $l->$m(3); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; } }
try { $l[5] = 1; } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $l->add(5, 1); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { (new SplStack)->setIteratorMode(0); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$l->push(1); $l->push(2); $l->push(3); $l->add(1, 'x'); $l->unshift(0); $l->add(5, 'end');
foreach ($l as $k => $v) echo "$k=>$v ";
echo "\n";
unset($l[1]); $l[0] = 'zero'; var_dump($l->offsetExists(4), $l->offsetExists(5), $l->shift(), count($l));
$l->setIteratorMode(SplDoublyLinkedList::IT_MODE_LIFO | SplDoublyLinkedList::IT_MODE_DELETE);
foreach ($l as $k => $v) echo "$k=>$v ";
echo count($l), "\n";
$q = new SplQueue; $q[] = 1; $q[] = 2; $q->setIteratorMode(SplDoublyLinkedList::IT_MODE_DELETE);
foreach ($q as $k => $v) echo "$k=>$v ";
echo count($q), "\n";
var_dump(SplDoublyLinkedList::IT_MODE_LIFO, SplDoublyLinkedList::IT_MODE_FIFO, SplDoublyLinkedList::IT_MODE_DELETE, SplDoublyLinkedList::IT_MODE_KEEP);
var_dump($s instanceof SplDoublyLinkedList, $q instanceof Countable, $s instanceof Iterator);
$os = new SplObjectStorage; $o1 = new stdClass; $o2 = new stdClass; $o1->n = 1; $o2->n = 2;
$os->attach($o1, 'data1'); $os[$o2] = 'data2'; $os->attach($o1, 'again');
var_dump(count($os), $os->contains($o1), $os[$o1], isset($os[$o2]), $os->contains(new stdClass));
foreach ($os as $i => $o) { echo $i, ':', $o->n, ':', $os->getInfo(), ' '; $os->setInfo("new$i"); }
echo "\n", $os[$o1], ' ', $os[$o2], "\n";
$os->detach($o1); var_dump(count($os));
try { $os[new stdClass]; } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $os->attach('str'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$other = new SplObjectStorage; $other->attach($o1); $other->attach($o2);
var_dump($os->addAll($other), $os->removeAll($other), count($os));
$f = new SplFixedArray(3); $f[0] = 'x'; $f[2] = 'z';
var_dump($f->getSize(), count($f), $f->toArray(), $f[1], isset($f[0]), isset($f[1]), isset($f[7]));
try { $f[5] = 1; } catch (RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $f[-1]; } catch (RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { new SplFixedArray(-1); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $f['a'] = 1; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump($f->setSize(4), $f->getSize(), $f->toArray(), SplFixedArray::fromArray([2 => 'c', 0 => 'a'])->toArray(), SplFixedArray::fromArray(['p', 'q'], false)->toArray());
foreach ($f as $k => $v) echo "$k=", var_export($v, true), ' ';
echo "\n";
class Tree implements RecursiveIterator {
    private $i = 0;
    function __construct(private array $a) {}
    function current(): mixed { return $this->a[$this->i]; }
    function key(): mixed { return $this->i; }
    function next(): void { $this->i++; }
    function rewind(): void { $this->i = 0; }
    function valid(): bool { return $this->i < count($this->a); }
    function hasChildren(): bool { return is_array($this->a[$this->i]); }
    function getChildren(): ?RecursiveIterator { return new Tree($this->a[$this->i]); }
}
$t = new Tree([1, [2, 3]]);
var_dump($t instanceof Iterator, $t instanceof Traversable, iterator_count($t), interface_exists('OuterIterator'), interface_exists('SeekableIterator'));
$ci = class_implements($t); ksort($ci); print_r($ci);
--EXPECT--
int(3)
int(3)
int(2)
bool(false)
int(6)
1=2 0=1 
string(1) "a"
int(2)
string(1) "b"
string(1) "c"
string(1) "b"
int(4)
0=b 1=c 
RuntimeException: Can't pop from an empty datastructure
RuntimeException: Can't shift from an empty datastructure
RuntimeException: Can't peek at an empty datastructure
RuntimeException: Can't peek at an empty datastructure
OutOfRangeException: SplDoublyLinkedList::offsetGet(): Argument #1 ($index) is out of range
OutOfRangeException: SplDoublyLinkedList::offsetUnset(): Argument #1 ($index) is out of range
OutOfRangeException: SplDoublyLinkedList::offsetSet(): Argument #1 ($index) is out of range
OutOfRangeException: SplDoublyLinkedList::add(): Argument #1 ($index) is out of range
RuntimeException: Iterators' LIFO/FIFO modes for SplStack/SplQueue objects are frozen
0=>0 1=>1 2=>x 3=>2 4=>3 5=>end 
bool(true)
bool(false)
string(4) "zero"
int(4)
3=>end 2=>3 1=>2 0=>x 0
0=>1 0=>2 0
int(2)
int(0)
int(1)
int(0)
bool(true)
bool(true)
bool(true)
int(2)
bool(true)
string(5) "again"
bool(true)
bool(false)
0:1:again 1:2:data2 
new0 new1
int(1)
UnexpectedValueException: Object not found
SplObjectStorage::attach(): Argument #1 ($object) must be of type object, string given
int(2)
int(0)
int(0)
int(3)
int(3)
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  NULL
  [2]=>
  string(1) "z"
}
NULL
bool(true)
bool(false)
bool(false)
RuntimeException: Index invalid or out of range
RuntimeException: Index invalid or out of range
ValueError: SplFixedArray::__construct(): Argument #1 ($size) must be greater than or equal to 0
TypeError: Illegal offset type
bool(true)
int(4)
array(4) {
  [0]=>
  string(1) "x"
  [1]=>
  NULL
  [2]=>
  string(1) "z"
  [3]=>
  NULL
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  NULL
  [2]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "p"
  [1]=>
  string(1) "q"
}
0='x' 1=NULL 2='z' 3=NULL 
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
Array
(
    [Iterator] => Iterator
    [RecursiveIterator] => RecursiveIterator
    [Traversable] => Traversable
)
