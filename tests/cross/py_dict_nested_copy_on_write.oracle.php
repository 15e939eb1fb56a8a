<?php
class nestmod {
    public $data = ['tags' => ['a', 'b'], 'meta' => ['v' => 1]];
    function show() { return "{'tags': ['" . implode("', '", $this->data['tags']) . "'], 'meta': {'v': " . $this->data['meta']['v'] . "}}"; }
}
$m = new nestmod;
$d = $m->data;
$d["tags"][] = "c";
$d["meta"]["v"] = 2;
echo count($d["tags"]), " ", $d["meta"]["v"], "\n";
echo $m->show(), "\n";
