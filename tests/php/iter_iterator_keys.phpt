--TEST--
iterators: Iterator implementations returning non-scalar keys, keys after exceptions in current(), and early break calling no further methods
--FILE--
<?php
class Weird implements Iterator { private $i = 0;
  function rewind(): void { $this->i = 0; } function valid(): bool { return $this->i < 3; }
  function current(): mixed { if ($this->i === 2) throw new RuntimeException("bad current"); return $this->i * 10; }
  function key(): mixed { return [1.5, null, new stdClass][$this->i]; }
  function next(): void { echo "next\n"; $this->i++; } }
try { foreach (new Weird as $k => $v) { echo gettype($k), " => $v\n"; } } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
foreach (new Weird as $v) { echo "first $v\n"; break; }
echo "after break\n";
try { var_dump(iterator_to_array(new Weird)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
double => 0
next
NULL => 10
next
bad current
first 0
after break

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 10
next
next
RuntimeException: bad current
