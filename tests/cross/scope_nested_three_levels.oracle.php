<?php
function outer_php() {
    $a = "A";
    $mk = function () use ($a) {
        $b = "B";
        return function ($c) use ($a, $b) { return $a . $b . $c; };
    };
    $inner = $mk();
    return $inner("C");
}
echo outer_php(), "\n";
