<?php
function sq($x) { return $x * $x + 1; }
$total = 0;
for ($i = 0; $i < 20000; $i++) {
    $total += sq($i % 100);
}
echo $total, "\n";
