--TEST--
iterators: a class implementing Iterator drives foreach in the documented method order
--FILE--
<?php
class Loud implements Iterator { private $i = 0; function __construct(private array $a) {}
  function rewind(): void { echo "rewind\n"; $this->i = 0; }
  function valid(): bool { echo "valid\n"; return $this->i < count($this->a); }
  function current(): mixed { echo "current\n"; return $this->a[$this->i]; }
  function key(): mixed { echo "key\n"; return "k$this->i"; }
  function next(): void { echo "next\n"; $this->i++; } }
foreach (new Loud(['a', 'b']) as $k => $v) echo "$k=$v\n";
foreach (new Loud(['z']) as $v) echo "$v\n";
var_dump(iterator_to_array(new Loud([1])));
--EXPECT--
rewind
valid
current
key
k0=a
next
valid
current
key
k1=b
next
valid
rewind
valid
current
z
next
valid
rewind
valid
current
key
next
valid
array(1) {
  ["k0"]=>
  int(1)
}
