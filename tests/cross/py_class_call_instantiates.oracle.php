<?php
class Counter {
    public static $created = 0;
    public $n;
    function __construct($start = 0) { Counter::$created++; $this->n = $start; }
    function inc() { return ++$this->n; }
}
$a = new Counter(10);
$b = new Counter();
echo $a->inc(), " ", $a->inc(), " ", $b->inc(), "\n";
echo Counter::$created, "\n";
$c = new Counter(7);
echo $c->inc(), " ", Counter::$created, "\n";
