<?php
class vs_state {
    public $keep = [1, 2, 3];
    function get() { return "[" . implode(", ", $this->keep) . "]"; }
}
$m = new vs_state;
$l = $m->keep;
$l[0] = 100;
$l[] = 4;
echo count($l), " ", $l[0], "\n";
echo $m->get(), "\n";
$copy = $l;
$copy[1] = "x";
echo $l[1], " ", $copy[1], "\n";
