--TEST--
With a large live heap, a loop whose every statement drops an object with a destructor stays linear (destructor points collect on a budget there; destructors may run in batches), and gc_collect_cycles runs every pending destructor
--FILE--
<?php
class Node {
    public $v;
    function __construct($v) { $this->v = $v; }
}
class Temp {
    public $i;
    function __construct($i) { $this->i = $i; }
    function __destruct() { global $destructed; $destructed++; }
}
$destructed = 0;
$live = [];
for ($i = 0; $i < 100000; $i++) {
    $live[] = new Node($i);
}
for ($i = 0; $i < 20000; $i++) {
    $o = new Temp($i);
}
gc_collect_cycles();
echo "destructed before the end: $destructed\n";
echo "last alive: {$o->i}\n";
unset($o);
gc_collect_cycles();
echo "after unset: $destructed\n";
echo count($live), "\n";
--EXPECT--
destructed before the end: 19999
last alive: 19999
after unset: 20000
100000
