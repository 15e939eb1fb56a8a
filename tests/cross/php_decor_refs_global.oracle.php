<?php
function bump(&$counter) { $counter = $counter + 1; }
$n = 5;
bump($n);
bump($n);
echo $n, "\n";
$arr = ["hits" => 0];
bump($arr["hits"]);
echo $arr["hits"], "\n";
