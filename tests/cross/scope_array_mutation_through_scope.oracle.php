<?php
function collect() {
    $seen = [];
    $add = function ($x) use (&$seen) { $seen[$x] = count($seen); };
    foreach (["a", "b", "a", "c"] as $w) $add($w);
    print_r($seen);
}
collect();
