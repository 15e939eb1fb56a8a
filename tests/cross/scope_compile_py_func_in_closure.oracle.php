<?php
$factor = 3;
$make = function ($base) use ($factor) {
    return function ($x) use ($base, $factor) { return $base + $x * $factor; };
};
$f = $make(100);
echo $f(1), " ", $f(2), "\n";
$g = $make(0);
echo $g(7), "\n";
