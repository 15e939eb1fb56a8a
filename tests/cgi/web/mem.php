<?php
// Runs past memory_limit.
echo "start\n";
$a = [];
for ($i = 0; ; $i++) $a[] = str_repeat("x", 1000000) . $i;
