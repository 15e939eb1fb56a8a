<?php
class dvs_state {
    public $d = ["a" => 1];
    function show() { $s = []; foreach ($this->d as $k => $v) $s[] = "'$k': $v"; return "{" . implode(", ", $s) . "}"; }
}
$m = new dvs_state;
$arr = $m->d;
$arr["b"] = 2;
$arr["a"] = 10;
echo count($arr), " ", $arr["a"], "\n";
echo $m->show(), "\n";
