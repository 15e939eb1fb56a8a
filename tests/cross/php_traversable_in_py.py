# A PHP Iterator / IteratorAggregate object is a Python iterable.
mk = compile_php_func("""
class Range3 implements Iterator {
    private $i = 0;
    function current(): mixed { return $this->i * 10; }
    function key(): mixed { return $this->i; }
    function next(): void { $this->i++; }
    function rewind(): void { $this->i = 0; }
    function valid(): bool { return $this->i < 3; }
}
class Bag implements IteratorAggregate {
    function getIterator(): Iterator { return new Range3(); }
}
function mk($agg) { return $agg ? new Bag() : new Range3(); }
""")
print(list(mk(False)))
print([x + 1 for x in mk(True)])
