<?php
class ffl_state {
    public $items = [1, 2, 3];
    function grow($x) { $this->items[] = $x * 10; }
    function n() { return count($this->items); }
}
$m = new ffl_state;
foreach ($m->items as $v) {
    echo $v, "\n";
    $m->grow($v);
}
echo $m->n(), "\n";
