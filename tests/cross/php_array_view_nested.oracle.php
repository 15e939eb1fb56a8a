<?php
function bump(&$conf) {
    $conf["db"]["port"] += 1;
    $conf["db"]["hosts"][] = "c";
    return $conf["db"]["hosts"][0];
}
$conf = ["db" => ["port" => 5432, "hosts" => ["a", "b"]]];
echo bump($conf), "\n";
echo $conf["db"]["port"], " ", implode(",", $conf["db"]["hosts"]), "\n";
