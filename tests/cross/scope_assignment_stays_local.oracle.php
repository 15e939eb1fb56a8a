<?php
function outer() {
    $count = 10;
    $f = function () { $count = 99; return $count; };
    echo $f(), " ", $count, "\n";
    $g = function () use ($count) { return $count + 1; };
    echo $g(), " ", $count, "\n";
}
outer();
