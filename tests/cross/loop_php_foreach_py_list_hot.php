<?php
// PHP iterates a large Python list and dict many times.
$m = compile_py_mod("bigmod", "nums = list(range(1000))\nsq = {i: i * i for i in range(500)}\n");
$nums = $m->nums;
$sq = $m->sq;
$t = 0;
for ($r = 0; $r < 20; $r++) {
    foreach ($nums as $n) $t += $n;
    foreach ($sq as $k => $v) $t += $v - $k;
}
echo $t, "\n";
