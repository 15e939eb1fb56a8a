<?php
$d = [10 => 'ten', 2 => 'two', -1 => 'minus one'];
echo $d[10], " ", $d[2], " ", $d[-1], "\n";
var_dump(isset($d[2]), isset($d[3]));
foreach ($d as $k => $v) { var_dump($k); echo $v, "\n"; }
