<?php
function report($name, $score) {
    $bonus = 5;
    $f = function () use ($name, $score, $bonus) { return sprintf('%s scored %d', $name, $score + $bonus); };
    return $f();
}
echo report("ana", 90), "\n";
echo report("ben", 71), "\n";
