<?php
class Pair {
    public $a;
    public $b;
    public function sum() { return $this->a + $this->b; }
    public function __construct($a, $b = 10) { $this->a = $a; $this->b = $b; }
}
$p = new Pair(1, 2);
echo $p->sum(), "\n";
$q = new Pair(5);
echo $q->sum(), " ", $q->b, "\n";
