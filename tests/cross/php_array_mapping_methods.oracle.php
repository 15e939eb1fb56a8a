<?php
function check(&$a) {
    $a["x"] = 1;
    if (!array_key_exists("y", $a)) $a["y"] = 2;
    $x = $a["x"];
    unset($a["x"]);
    echo $x, " ", count($a), "\n";
}
$arr = ["w" => 0];
check($arr);
print_r($arr);
