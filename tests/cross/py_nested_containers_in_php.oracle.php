<?php
function data() {
    return ["users" => [["name" => "ann", "tags" => ["a", "b"]], ["name" => "bob", "tags" => []]], "count" => 2];
}
$data = data();
echo $data["count"], "\n";
foreach ($data["users"] as $u) {
    echo $u["name"], ": ", count($u["tags"]), "\n";
    foreach ($u["tags"] as $t) echo "  ", $t, "\n";
}
echo $data["users"][0]["tags"][1], "\n";
