--TEST--
generators: generators are Traversable Iterators, closures and methods as generators, $this inside, recursion
--FILE--
<?php
class Tree { public function __construct(public $v, public array $kids = []) {}
  public function walk() { yield $this->v; foreach ($this->kids as $k) yield from $k->walk(); } }
$t = new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)]);
echo implode(' ', iterator_to_array($t->walk(), false)), "\n";
$g = (function() { yield 1; })();
var_dump($g instanceof Iterator, $g instanceof Traversable, $g instanceof Generator, get_class($g));
$fib = function() { [$a, $b] = [0, 1]; while (true) { yield $a; [$a, $b] = [$b, $a + $b]; } };
foreach ($fib() as $i => $f) { if ($i >= 10) break; echo $f, " "; } echo "\n";
function lazyRange($a, $b) { for ($i = $a; $i <= $b; $i++) { echo "[$i]"; yield $i; } }
foreach (lazyRange(1, 3) as $v) echo $v; echo "\n";
try { $gen = lazyRange(1, 2); clone $gen; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(iterator_count(lazyRange(5, 6)));
--EXPECT--
1 2 3 4
bool(true)
bool(true)
bool(true)
string(9) "Generator"
0 1 1 2 3 5 8 13 21 34 
[1]1[2]2[3]3
Trying to clone an uncloneable object of class Generator
[5][6]int(2)
