--TEST--
SPL recursive iteration: RecursiveIteratorIterator modes, getDepth, max depth, the overridable hooks in order, CATCH_GET_CHILD, RecursiveArrayIterator (CHILD_ARRAYS_ONLY, objects), ParentIterator, RecursiveCallbackFilterIterator, RecursiveCachingIterator, RecursiveRegexIterator, generators inside
--FILE--
<?php
$a = ['a' => 1, 'b' => ['c' => 2, 'd' => ['e' => 3, 'f' => 4]], 'g' => 5, 'h' => []];
foreach (['LEAVES_ONLY', 'SELF_FIRST', 'CHILD_FIRST'] as $m) {
    $it = new RecursiveIteratorIterator(new RecursiveArrayIterator($a), constant("RecursiveIteratorIterator::$m"));
    echo "$m: ";
    foreach ($it as $k => $v) echo $it->getDepth(), ":$k=", is_array($v) ? 'arr' : $v, " ";
    echo "\n";
}
class Hooks extends RecursiveIteratorIterator {
    function beginIteration(): void { echo "<begin>\n"; }
    function endIteration(): void { echo "<end>\n"; }
    function beginChildren(): void { echo str_repeat(' ', $this->getDepth()), "<ul>\n"; }
    function endChildren(): void { echo str_repeat(' ', $this->getDepth()), "</ul>\n"; }
    function callHasChildren(): bool { $r = parent::callHasChildren(); echo "  has(", $this->key(), ")=", (int)$r, "\n"; return $r; }
    function callGetChildren(): RecursiveIterator { echo "  get(", $this->key(), ")\n"; return parent::callGetChildren(); }
    function nextElement(): void { echo "  next(", $this->key(), ")\n"; }
}
foreach (new Hooks(new RecursiveArrayIterator($a), RecursiveIteratorIterator::SELF_FIRST) as $k => $v) echo "$k\n";
$it = new RecursiveIteratorIterator(new RecursiveArrayIterator($a), RecursiveIteratorIterator::SELF_FIRST);
$it->setMaxDepth(1); var_dump($it->getMaxDepth());
foreach ($it as $k => $v) echo $k; echo "\n";
$it->setMaxDepth(); var_dump($it->getMaxDepth());
try { $it->setMaxDepth(-5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$it = new RecursiveIteratorIterator(new RecursiveArrayIterator($a));
foreach ($it as $k => $v) { if ($k == 'e') { var_dump(get_class($it->getSubIterator()), $it->getSubIterator(0)->key(), $it->getSubIterator(9), $it->getInnerIterator()->key()); } }
$objs = ['o' => (object)['p' => 1, 'q' => [2]], 'r' => [3]];
print_r(iterator_to_array(new RecursiveIteratorIterator(new RecursiveArrayIterator($objs)), false));
print_r(iterator_to_array(new RecursiveIteratorIterator(new RecursiveArrayIterator($objs, RecursiveArrayIterator::CHILD_ARRAYS_ONLY)), false));
print_r(iterator_to_array(new RecursiveIteratorIterator(new ParentIterator(new RecursiveArrayIterator($a)), RecursiveIteratorIterator::SELF_FIRST), false));
$f = new RecursiveCallbackFilterIterator(new RecursiveArrayIterator($a), function ($cur, $key, $it) {
    return $it->hasChildren() || $cur % 2 == 1;
});
print_r(iterator_to_array(new RecursiveIteratorIterator($f)));
$rx = new RecursiveRegexIterator(new RecursiveArrayIterator(['x1', ['y2', 'x3', ['x4']], 'z']), '/^x/');
print_r(iterator_to_array(new RecursiveIteratorIterator($rx), false));
$rc = new RecursiveCachingIterator(new RecursiveArrayIterator([1, [2, 3], 4]));
foreach (new RecursiveIteratorIterator($rc) as $v) echo $v; echo "\n";
class Bad extends RecursiveArrayIterator { function getChildren(): ?RecursiveArrayIterator { throw new Exception("no kids for " . $this->key()); } }
try { foreach (new RecursiveIteratorIterator(new Bad([1, [2], 3])) as $v) echo $v; } catch (Exception $e) { echo "\n", $e->getMessage(), "\n"; }
foreach (new RecursiveIteratorIterator(new Bad([1, [2], 3]), RecursiveIteratorIterator::LEAVES_ONLY, RecursiveIteratorIterator::CATCH_GET_CHILD) as $v) echo $v; echo "\n";
class Agg implements IteratorAggregate { function getIterator(): Iterator { return new RecursiveArrayIterator([1, [2, [3]]]); } }
echo implode(",", iterator_to_array(new RecursiveIteratorIterator(new Agg), false)), "\n";
try { new RecursiveIteratorIterator(new ArrayIterator([])); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
$ao = new ArrayObject([1, [2, 3]]);
echo iterator_count(new RecursiveIteratorIterator(new RecursiveArrayIterator($ao))), "\n";
$it = new RecursiveIteratorIterator(new RecursiveArrayIterator([[1, 2], [3]]));
var_dump($it->getArrayCopy(), $it->valid());
$it->rewind(); var_dump($it->valid(), $it->current(), $it->key());
$it->next(); $it->next(); var_dump($it->current(), $it->getDepth());
$tree = ['src' => ['a.php' => 1, 'lib' => ['b.php' => 2, 'c.php' => 3]], 'README' => 4, 'tests' => ['t.php' => 5]];
foreach (new RecursiveTreeIterator(new RecursiveArrayIterator($tree)) as $k => $line) echo "$k\t$line\n";
$t = new RecursiveTreeIterator(new RecursiveArrayIterator($tree), 0);
$t->setPrefixPart(RecursiveTreeIterator::PREFIX_LEFT, "> "); $t->setPrefixPart(RecursiveTreeIterator::PREFIX_END_LAST, "`-"); $t->setPostfix(" <");
foreach ($t as $k => $line) echo "[$k] [$line] [", $t->getEntry(), "]\n";
$t = new RecursiveTreeIterator(new RecursiveArrayIterator([1, [2]]), RecursiveTreeIterator::BYPASS_CURRENT);
foreach ($t as $k => $v) echo $k, ":", json_encode($v), " "; echo "\n";
try { $t->setPrefixPart(9, "x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
LEAVES_ONLY: 0:a=1 1:c=2 2:e=3 2:f=4 0:g=5 
SELF_FIRST: 0:a=1 0:b=arr 1:c=2 1:d=arr 2:e=3 2:f=4 0:g=5 0:h=arr 
CHILD_FIRST: 0:a=1 1:c=2 2:e=3 2:f=4 1:d=arr 0:b=arr 0:g=5 0:h=arr 
<begin>
  has(a)=0
  next(a)
a
  has(b)=1
  next(b)
b
  get(b)
 <ul>
  has(c)=0
  next(c)
c
  has(d)=1
  next(d)
d
  get(d)
  <ul>
  has(e)=0
  next(e)
e
  has(f)=0
  next(f)
f
  </ul>
 </ul>
  has(g)=0
  next(g)
g
  has(h)=1
  next(h)
h
  get(h)
 <ul>
 </ul>
<end>
int(1)
abcdgh
bool(false)
RecursiveIteratorIterator::setMaxDepth(): Argument #1 ($maxDepth) must be greater than or equal to -1
string(22) "RecursiveArrayIterator"
string(1) "b"
NULL
string(1) "e"
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)
Array
(
    [0] => stdClass Object
        (
            [p] => 1
            [q] => Array
                (
                    [0] => 2
                )

        )

    [1] => 3
)
Array
(
    [0] => Array
        (
            [c] => 2
            [d] => Array
                (
                    [e] => 3
                    [f] => 4
                )

        )

    [1] => Array
        (
            [e] => 3
            [f] => 4
        )

    [2] => Array
        (
        )

)
Array
(
    [a] => 1
    [e] => 3
    [g] => 5
)
Array
(
    [0] => x1
    [1] => x3
    [2] => x4
)
1
Warning: Array to string conversion in %s on line 37
234
1
no kids for 1
13
1,2,3
An instance of RecursiveIterator or IteratorAggregate creating it is required
3
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  array(1) {
    [0]=>
    int(3)
  }
}
bool(true)
bool(true)
int(1)
int(0)
int(3)
int(1)
src	|-Array
a.php	| |-1
lib	| \-Array
b.php	|   |-2
c.php	|   \-3
README	|-4
tests	\-Array
t.php	  \-5
[> |-src <] [> |-Array <] [Array]
[> | |-a.php <] [> | |-1 <] [1]
[> | `-lib <] [> | `-Array <] [Array]
[> |   |-b.php <] [> |   |-2 <] [2]
[> |   `-c.php <] [> |   `-3 <] [3]
[> |-README <] [> |-4 <] [4]
[> `-tests <] [> `-Array <] [Array]
[>   `-t.php <] [>   `-5 <] [5]
|-0:1 \-1:[2]   \-0:2 
RecursiveTreeIterator::setPrefixPart(): Argument #1 ($part) must be a RecursiveTreeIterator::PREFIX_* constant
