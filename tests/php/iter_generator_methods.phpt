--TEST--
iterators: Iterator methods called directly on generators and IteratorAggregate; nested foreach over the same aggregate
--FILE--
<?php
class Pair implements IteratorAggregate { function __construct(private $a, private $b) {} function getIterator(): Generator { yield 'a' => $this->a; yield 'b' => $this->b; } }
$p = new Pair(1, 2);
foreach ($p as $k1 => $v1) foreach ($p as $k2 => $v2) echo "$k1$k2=", $v1 * 10 + $v2, " ";
echo "\n";
$g = $p->getIterator();
while ($g->valid()) { echo $g->key(), ':', $g->current(), ' '; $g->next(); } echo "\n";
var_dump($g->valid(), $g->current(), $g->key());
--EXPECT--
aa=11 ab=12 ba=21 bb=22 
a:1 b:2 
bool(false)
NULL
NULL
