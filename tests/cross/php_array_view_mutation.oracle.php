<?php
function mutate(&$a) {
    $a["added"] = 1;
    $a[0] = "changed";
    unset($a["gone"]);
    $a["n"] += 10;
}
$arr = [0 => "orig", "gone" => true, "n" => 5];
mutate($arr);
print_r($arr);
var_dump(isset($arr["gone"]));
