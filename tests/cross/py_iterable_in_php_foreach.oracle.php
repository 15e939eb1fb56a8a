<?php
class Countdown implements Iterator {
    private $i = 0;
    function __construct(private $n) {}
    function current(): mixed { return $this->n; }
    function key(): mixed { return $this->i; }
    function next(): void { $this->n--; $this->i++; }
    function rewind(): void {}
    function valid(): bool { return $this->n > 0; }
}
function squares($n) { foreach (range(0, $n - 1) as $x) yield $x * $x; }
function pairs() { foreach (["a", "b", "c"] as $i => $c) yield [$c, $i + 1]; }
foreach (new Countdown(3) as $v) echo $v, " ";
echo "\n";
foreach (squares(5) as $v) echo $v, " ";
echo "\n";
foreach (pairs() as $p) echo $p[0], $p[1], " ";
echo "\n";
