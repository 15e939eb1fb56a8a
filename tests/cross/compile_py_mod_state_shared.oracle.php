<?php
class settings {
    public $level = 1;
    public $history = [];
    function bump() { $this->level += 1; $this->history[] = $this->level; return $this->level; }
}
$m = new settings;
echo $m->bump(), "\n";
$m->level = 10;
echo $m->bump(), " ", $m->level, "\n";
$h = $m->history;
echo count($h), " ", $h[1], "\n";
