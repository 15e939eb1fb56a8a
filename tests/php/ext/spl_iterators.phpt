--TEST--
SPL iterators: IteratorIterator over generators and aggregates, FilterIterator, CallbackFilterIterator, LimitIterator (seek, bounds), CachingIterator (hasNext, FULL_CACHE, string modes), NoRewindIterator, InfiniteIterator, AppendIterator, RegexIterator modes, EmptyIterator, method forwarding, iterator_* functions over all of them
--FILE--
<?php
$a = new ArrayIterator(['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4, 'e' => 5]);
function gen() { yield 'x' => 1; yield 'y' => 2; yield 'z' => 3; }
print_r(iterator_to_array(new IteratorIterator(gen())));
print_r(iterator_to_array(new IteratorIterator(new ArrayObject([7, 8]))));
print_r(iterator_to_array(new LimitIterator($a, 1, 3)));
print_r(iterator_to_array(new LimitIterator(gen(), 1)));
print_r(iterator_to_array(new CallbackFilterIterator($a, function ($v, $k, $it) { return $v % 2 && $k != 'e'; })));
class Odd extends FilterIterator { public function accept(): bool { return $this->current() % 2 == 1; } }
print_r(iterator_to_array(new Odd(new ArrayIterator(range(1, 9))), false));
echo iterator_count(new Odd(new ArrayIterator(range(1, 9)))), " ", iterator_count(new EmptyIterator), "\n";
var_dump(iterator_apply($it = new LimitIterator($a, 0, 3), function () use (&$it) { echo $it->key(), ";"; return true; }));

$l = new LimitIterator(new ArrayIterator([10, 20, 30, 40, 50]), 1, 3);
var_dump($l->seek(3), $l->current(), $l->getPosition());
foreach ([0, 4] as $p) { try { $l->seek($p); } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; } }
try { new LimitIterator($a, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }

$c = new CachingIterator(new ArrayIterator(['x', 'y', 'z']));
foreach ($c as $k => $v) echo $k, $v, $c->hasNext() ? ", " : "\n";
echo (string)$c, "|\n";
$c = new CachingIterator(new ArrayIterator(['p' => 1, 'q' => 2]), CachingIterator::FULL_CACHE);
foreach ($c as $v); print_r($c->getCache()); var_dump(count($c), $c['q'], isset($c['p']));
$c = new CachingIterator(new ArrayIterator([1, 2]), CachingIterator::TOSTRING_USE_KEY);
foreach ($c as $v) echo "key ", $c, "\n";
try { (new CachingIterator(new ArrayIterator([1]), 0))->__toString(); } catch (BadMethodCallException $e) { echo $e->getMessage(), "\n"; }
try { new CachingIterator(new ArrayIterator([1]), 3); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }

$n = new NoRewindIterator(new ArrayIterator([1, 2, 3]));
$n->next(); foreach ($n as $v) echo $v; foreach ($n as $v) echo $v; echo "\n";
$g = gen(); foreach (new NoRewindIterator($g) as $k => $v) { echo "$k$v "; break; } foreach (new NoRewindIterator($g) as $k => $v) echo "$k$v "; echo "\n";
foreach (new LimitIterator(new InfiniteIterator(new ArrayIterator([1, 2, 3])), 0, 8) as $v) echo $v; echo "\n";

$ap = new AppendIterator;
$ap->append(new ArrayIterator([1, 2]));
$ap->append(new ArrayIterator([]));
$ap->append(new ArrayIterator(['k' => 3]));
foreach ($ap as $k => $v) echo "$k:$v(", $ap->getIteratorIndex(), ") "; echo "\n";
print_r(iterator_to_array($ap, false)); var_dump(get_class($ap->getArrayIterator()), count($ap->getArrayIterator()));

$words = new ArrayIterator(['apple', 'bob', 'avocado', 'x1y22', 5 => 'a-b']);
print_r(iterator_to_array(new RegexIterator($words, '/^a/')));
print_r(iterator_to_array(new RegexIterator($words, '/^a/', RegexIterator::MATCH, RegexIterator::INVERT_MATCH)));
print_r(iterator_to_array(new RegexIterator($words, '/(\d)(\d)?/', RegexIterator::GET_MATCH)));
print_r(iterator_to_array(new RegexIterator($words, '/\d/', RegexIterator::ALL_MATCHES)));
print_r(iterator_to_array(new RegexIterator($words, '/-/', RegexIterator::SPLIT)));
$r = new RegexIterator($words, '/[aeiou]/', RegexIterator::REPLACE); $r->replacement = '*';
print_r(iterator_to_array($r));
print_r(iterator_to_array(new RegexIterator(new ArrayIterator(['k1' => 'a', 'zz' => 'b']), '/\d/', RegexIterator::MATCH, RegexIterator::USE_KEY)));
$r = new RegexIterator($words, '/x/'); var_dump($r->getRegex(), $r->getMode(), $r->getFlags(), $r->getPregFlags()); $r->setMode(RegexIterator::SPLIT); var_dump($r->getMode());
print_r(new RegexIterator($words, '/x/')); echo "\n";

$e = new EmptyIterator; var_dump($e->valid());
foreach (['current', 'key'] as $m) { try { $e->$m(); } catch (BadMethodCallException $x) { echo $x->getMessage(), "\n"; } }
$ii = new IteratorIterator(new ArrayIterator([3, 1, 2]));
var_dump($ii->count(), $ii->getInnerIterator()->getArrayCopy());
try { $ii->nope(); } catch (Error $x) { echo $x->getMessage(), "\n"; }
try { new IteratorIterator([]); } catch (TypeError $x) { echo $x->getMessage(), "\n"; }
class Lazy extends IteratorIterator { function __construct() {} }
try { (new Lazy)->rewind(); } catch (Error $x) { echo $x->getMessage(), "\n"; }
print_r(new IteratorIterator($a)); echo "\n";
var_dump($a instanceof Traversable, new LimitIterator($a) instanceof OuterIterator);
$m = new MultipleIterator();
try { $m->current(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
var_dump($m->valid(), $m->getFlags());
$m->attachIterator(new ArrayIterator([1, 2, 3]));
$m->attachIterator($two = new ArrayIterator(['a' => 'x', 'b' => 'y']));
foreach ($m as $k => $v) echo json_encode($k), json_encode($v), "\n";
try { $m->current(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
$m->setFlags(MultipleIterator::MIT_NEED_ANY);
foreach ($m as $k => $v) echo json_encode($k), json_encode($v), "\n";
$m = new MultipleIterator(MultipleIterator::MIT_KEYS_ASSOC | MultipleIterator::MIT_NEED_ALL);
$m->attachIterator(new ArrayIterator([1, 2]), 'num');
$m->attachIterator($two, 7);
foreach ($m as $v) echo json_encode($v), "\n";
try { $m->attachIterator(new ArrayIterator([]), 'num'); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
try { $m->attachIterator(new ArrayIterator([])); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
var_dump($m->countIterators(), $m->containsIterator($two)); $m->detachIterator($two); var_dump($m->countIterators(), $m->containsIterator($two));
foreach ([new ArrayIterator([1]), new EmptyIterator] as $it) { try { foreach ($it as &$r); } catch (Error $e) { echo $e->getMessage(), "\n"; } }
echo count(spl_classes()) > 50 ? "ok" : "few", " ", implode(",", array_slice(spl_classes(), 0, 4)), "\n";
$ao = new ArrayObject([3, [4]], 0, 'RecursiveArrayIterator');
var_dump($ao->getIteratorClass(), iterator_to_array(new RecursiveIteratorIterator($ao), false));
try { $ao->setIteratorClass('stdClass'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Array
(
    [x] => 1
    [y] => 2
    [z] => 3
)
Array
(
    [0] => 7
    [1] => 8
)
Array
(
    [b] => 2
    [c] => 3
    [d] => 4
)
Array
(
    [y] => 2
    [z] => 3
)
Array
(
    [a] => 1
    [c] => 3
)
Array
(
    [0] => 1
    [1] => 3
    [2] => 5
    [3] => 7
    [4] => 9
)
5 0
a;b;c;int(3)
int(3)
int(40)
int(3)
Cannot seek to 0 which is below the offset 1
Cannot seek to 4 which is behind offset 1 plus count 3
LimitIterator::__construct(): Argument #2 ($offset) must be greater than or equal to 0
0x, 1y, 2z
|
Array
(
    [p] => 1
    [q] => 2
)
int(2)
int(2)
bool(true)
key 0
key 1
CachingIterator does not fetch string value (see CachingIterator::__construct)
CachingIterator::__construct(): Argument #2 ($flags) must contain only one of CachingIterator::CALL_TOSTRING, CachingIterator::TOSTRING_USE_KEY, CachingIterator::TOSTRING_USE_CURRENT, or CachingIterator::TOSTRING_USE_INNER
23
x1 x1 y2 z3 
12312312
0:1(0) 1:2(0) k:3(2) 
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)
string(13) "ArrayIterator"
int(3)
Array
(
    [0] => apple
    [2] => avocado
    [5] => a-b
)
Array
(
    [1] => bob
    [3] => x1y22
)
Array
(
    [3] => Array
        (
            [0] => 1
            [1] => 1
        )

)
Array
(
    [3] => Array
        (
            [0] => Array
                (
                    [0] => 1
                    [1] => 2
                    [2] => 2
                )

        )

)
Array
(
    [5] => Array
        (
            [0] => a
            [1] => b
        )

)
Array
(
    [0] => *ppl*
    [1] => b*b
    [2] => *v*c*d*
    [5] => *-b
)
Array
(
    [k1] => a
)
string(3) "/x/"
int(0)
int(0)
int(0)
int(3)
RegexIterator Object
(
    [replacement] => 
)

bool(false)
Accessing the value of an EmptyIterator
Accessing the key of an EmptyIterator
int(3)
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
Call to undefined method ArrayIterator::nope()
IteratorIterator::__construct(): Argument #1 ($iterator) must be of type Traversable, array given
The object is in an invalid state as the parent constructor was not called
IteratorIterator Object
(
)

bool(true)
bool(true)
Called current() on an invalid iterator
bool(false)
int(1)
[0,"a"][1,"x"]
[1,"b"][2,"y"]
Called current() with non valid sub iterator
[0,"a"][1,"x"]
[1,"b"][2,"y"]
[2,null][3,null]
{"num":1,"7":"x"}
{"num":2,"7":"y"}
Key duplication error
int(3)
bool(true)
int(2)
bool(false)
An iterator cannot be used with foreach by reference
ok AppendIterator,ArrayIterator,ArrayObject,BadFunctionCallException
string(22) "RecursiveArrayIterator"
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(4)
}
ArrayObject::setIteratorClass(): Argument #1 ($iteratorClass) must be a class name derived from ArrayIterator, stdClass given
