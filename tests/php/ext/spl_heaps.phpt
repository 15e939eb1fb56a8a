--TEST--
SPL heaps: SplMinHeap/SplMaxHeap order and var_dump, a user SplHeap, SplPriorityQueue extract flags and the PHP 8 order of equal priorities, corruption after a throwing compare(), recoverFromCorruption, empty-heap errors, destructive iteration
--FILE--
<?php
$h = new SplMinHeap;
foreach ([5, 3, 8, 1, 9, 2, 7] as $x) $h->insert($x);
var_dump($h, count($h), $h->top(), $h->isEmpty());
foreach ($h as $k => $v) echo "$k=>$v "; echo "\n";
var_dump(count($h), $h->valid());
$m = new SplMaxHeap;
foreach (["pear", "apple", "zoo", "fig"] as $x) $m->insert($x);
echo $m->extract(), " ", $m->extract(), " ", count($m), "\n";
$m->insert([2, "b"]); $m->insert([2, "a"]); $m->insert([1, "z"]);
while (!$m->isEmpty()) echo json_encode($m->extract()), " "; echo "\n";

$pq = new SplPriorityQueue;
foreach (['a' => 1, 'b' => 1, 'c' => 2, 'd' => 1, 'e' => 2, 'f' => 1, 'g' => 3, 'h' => 1] as $d => $p) $pq->insert($d, $p);
$pq->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
print_r($pq->top());
$pq->setExtractFlags(SplPriorityQueue::EXTR_PRIORITY);
var_dump($pq->top(), $pq->getExtractFlags());
$pq->setExtractFlags(SplPriorityQueue::EXTR_DATA);
$c = clone $pq;
while ($pq->valid()) echo $pq->extract(); echo "\n";
foreach ($c as $k => $v) echo "$k:$v "; echo "\n";
try { $pq->setExtractFlags(0); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
$pq->insert("x", [1, 2]); $pq->insert("y", [1, 3]); var_dump($pq);

class Tasks extends SplHeap {
    protected function compare($a, $b): int { return strlen($b) <=> strlen($a) ?: strcmp($b, $a); }
}
$t = new Tasks; foreach (["ccc", "a", "bb", "dddd", "b"] as $x) $t->insert($x);
echo implode(",", iterator_to_array($t, false)), "\n";

class Fragile extends SplMinHeap {
    public $bomb = false;
    protected function compare($a, $b): int { if ($this->bomb) throw new Exception("boom"); return parent::compare($a, $b); }
}
$f = new Fragile; $f->insert(3); $f->insert(1);
$f->bomb = true;
try { $f->insert(2); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($f->isCorrupted(), count($f));
foreach (['top', 'extract'] as $op) { try { $f->$op(); } catch (RuntimeException $e) { echo "$op: ", $e->getMessage(), "\n"; } }
try { $f->insert(0); } catch (RuntimeException $e) { echo "insert: ", $e->getMessage(), "\n"; }
$f->bomb = false; $f->recoverFromCorruption();
var_dump($f->isCorrupted(), $f->top());
$e = new SplMaxHeap;
foreach (['top' => 'peek at', 'extract' => 'extract from'] as $op => $_) { try { $e->$op(); } catch (RuntimeException $x) { echo $x->getMessage(), "\n"; } }
var_dump($e->current(), $e->key());
class Meddler extends SplMinHeap {
    protected function compare($a, $b): int { try { $this->insert(0); } catch (RuntimeException $e) { echo "inner: ", $e->getMessage(), "\n"; } return parent::compare($a, $b); }
}
$md = new Meddler; $md->insert(1); $md->insert(2); var_dump(count($md));
var_dump($h instanceof Iterator, $h instanceof Countable);
try { new SplHeap; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
object(SplMinHeap)#1 (3) {
  ["flags":"SplHeap":private]=>
  int(0)
  ["isCorrupted":"SplHeap":private]=>
  bool(false)
  ["heap":"SplHeap":private]=>
  array(7) {
    [0]=>
    int(1)
    [1]=>
    int(3)
    [2]=>
    int(2)
    [3]=>
    int(5)
    [4]=>
    int(9)
    [5]=>
    int(8)
    [6]=>
    int(7)
  }
}
int(7)
int(1)
bool(false)
6=>1 5=>2 4=>3 3=>5 2=>7 1=>8 0=>9 
int(0)
bool(false)
zoo pear 2
[2,"b"] [2,"a"] [1,"z"] "fig" "apple" 
Array
(
    [data] => g
    [priority] => 3
)
int(3)
int(2)
gecfbdah
7:g 6:e 5:c 4:f 3:b 2:d 1:a 0:h 
Must specify at least one extract flag
object(SplPriorityQueue)#3 (3) {
  ["flags":"SplPriorityQueue":private]=>
  int(1)
  ["isCorrupted":"SplPriorityQueue":private]=>
  bool(false)
  ["heap":"SplPriorityQueue":private]=>
  array(2) {
    [0]=>
    array(2) {
      ["data"]=>
      string(1) "y"
      ["priority"]=>
      array(2) {
        [0]=>
        int(1)
        [1]=>
        int(3)
      }
    }
    [1]=>
    array(2) {
      ["data"]=>
      string(1) "x"
      ["priority"]=>
      array(2) {
        [0]=>
        int(1)
        [1]=>
        int(2)
      }
    }
  }
}
a,b,bb,ccc,dddd
Exception: boom
bool(true)
int(3)
top: Heap is corrupted, heap properties are no longer ensured.
extract: Heap is corrupted, heap properties are no longer ensured.
insert: Heap is corrupted, heap properties are no longer ensured.
bool(false)
int(1)
Can't peek at an empty heap
Can't extract from an empty heap
NULL
int(-1)
inner: Heap cannot be changed when it is already being modified.
int(2)
bool(true)
bool(true)
Cannot instantiate abstract class SplHeap
