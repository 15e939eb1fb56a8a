<?php
function averager() {
    $total = 0; $n = 0; $avg = null;
    while (true) {
        $x = yield $avg;
        $total += $x;
        $n++;
        $avg = $total / $n;
    }
}
$g = averager();
$g->current();
echo $g->send(10), "\n";
echo $g->send(20), "\n";
echo $g->send(60), "\n";
