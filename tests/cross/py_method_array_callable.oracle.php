<?php
class Acc {
    public $items = [];
    function add($x) { $this->items[] = $x; return count($this->items); }
    function total() { return array_sum($this->items); }
}
$acc = new Acc();
$add = [$acc, "add"];
$add(5);
$add(7);
echo $acc->total(), "\n";
echo call_user_func([$acc, "add"], 8), "\n";
echo call_user_func($add, 1), " ", $acc->total(), "\n";
echo implode(",", array_map([$acc, "add"], [1, 1])), "\n";
