<?php
$vals = [0, 1, '', '0', 'a', [], [0], null, 0.0];
foreach ($vals as $i => $v) {
    echo $i, ":", $v ? "T" : "F", " ";
}
echo "\n";
// Python's truth: only the string "0" differs from PHP among these values.
function t($v) { return ($v === "0" || $v) ? 'T' : 'F'; }
foreach ([0, 1, "", "0", "a", null, 0.0] as $i => $v) {
    echo $i, ":", t($v), " ";
}
echo "\n";
