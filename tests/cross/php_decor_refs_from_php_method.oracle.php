<?php
class Stack {
    public $items = [];
    function pop_into(&$out) {
        $items = $this->items;
        $out = $items[count($items) - 1];
        unset($items[count($items) - 1]);
        $this->items = $items;
        return count($items);
    }
}
$s = new Stack;
$s->items = ["a", "b", "c"];
$v = null;
echo $s->pop_into($v), " ", $v, "\n";
echo $s->pop_into($v), " ", $v, "\n";
print_r($s->items);
