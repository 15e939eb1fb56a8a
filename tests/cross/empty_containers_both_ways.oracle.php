<?php
function f($a) { return [count($a), (bool)$a, array_keys($a)]; }
$r = f([]);
echo $r[0], " ", var_export($r[1], true), " ", count($r[2]), "\n";
function g() { return [[], [], []]; }
foreach (g() as $c) {
    echo count($c), " ", empty($c) ? "empty" : "nonempty", "\n";
    foreach ($c as $x) echo "never\n";
}
