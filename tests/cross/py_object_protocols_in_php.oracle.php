<?php
class Squares implements Countable, ArrayAccess {
    function __construct(public $n) {}
    function count(): int { return $this->n; }
    function offsetGet($i): mixed { return $i * $i; }
    function offsetExists($i): bool { return true; }
    function offsetSet($i, $v): void {}
    function offsetUnset($i): void {}
}
$s = new Squares(5);
echo count($s), "\n";
for ($i = 0; $i < count($s); $i++) echo $s[$i], " ";
echo "\n";
