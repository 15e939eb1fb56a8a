<?php
function mk() { return ['one' => 1, 'two' => 2, 3 => 'three']; }
$d = mk();
foreach ($d as $k => $v) echo $k, " => ", $v, "\n";
echo count($d), " ", $d['two'], " ", $d[3], "\n";
var_dump(isset($d['one']), isset($d['nine']));
