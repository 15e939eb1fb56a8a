--TEST--
A class may not implement both Iterator and IteratorAggregate; an abstract class may implement Traversable alone
--FILE--
<?php
abstract class T implements Traversable {}
class Agg extends T implements IteratorAggregate {
    public function getIterator(): Iterator { return new ArrayIterator([1, 2]); }
}
foreach (new Agg as $v) echo $v, "\n";
class Both implements Iterator, IteratorAggregate {
    public function current(): mixed { return 1; }
    public function key(): mixed { return 0; }
    public function next(): void {}
    public function rewind(): void {}
    public function valid(): bool { return false; }
    public function getIterator(): Iterator { return new ArrayIterator([]); }
}
echo "not reached\n";
--EXPECTF--
1
2

Fatal error: Class Both cannot implement both Iterator and IteratorAggregate at the same time in %s on line 7
[exit 255: ]
