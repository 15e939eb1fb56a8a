<?php
$nums = range(0, 999);
$sq = [];
for ($i = 0; $i < 500; $i++) $sq[$i] = $i * $i;
$t = 0;
for ($r = 0; $r < 20; $r++) {
    foreach ($nums as $n) $t += $n;
    foreach ($sq as $k => $v) $t += $v - $k;
}
echo $t, "\n";
