<?php
function run() {
    $items = ["a" => 1];
    $count = function () use (&$items) { return count($items); };
    $sum = function () use (&$items) { return array_sum($items); };
    echo $count(), " ", $sum(), "\n";
    $items["b"] = 2;
    $items["c"] = 3;
    echo $count(), " ", $sum(), "\n";
    unset($items["a"]);
    echo $count(), " ", $sum(), "\n";
}
run();
