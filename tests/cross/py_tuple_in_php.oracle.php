<?php
function divmod2($a, $b) { return [intdiv($a, $b), $a % $b]; }
$t = divmod2(17, 5);
echo $t[0], " ", $t[1], " ", count($t), "\n";
foreach (divmod2(9, 4) as $i => $v) echo "$i=$v\n";
