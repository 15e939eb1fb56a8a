<?php
function divmod2($a, $b) { return [intdiv($a, $b), $a % $b]; }
[$q, $r] = divmod2(100, 7);
echo "$q $r\n";
function three() { return ['x', 'y', 'z']; }
list($a, $b, $c) = three();
echo "$a$b$c\n";
function kd() { return ['k' => 'from dict']; }
['k' => $k] = kd();
echo $k, "\n";
