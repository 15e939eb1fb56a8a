<?php
function f($a) {
    $d = $a;
    $d["x"] = "changed";
    $vals = array_values($a);
    $vals[] = 99;
    return [count($d), count($vals)];
}
$arr = ["x" => 1, "y" => 2];
$r = f($arr);
echo $r[0], " ", $r[1], "\n";
print_r($arr);
