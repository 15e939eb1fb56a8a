--TEST--
max_execution_time strikes inside a hot loop (compiled by the JIT in its modes) whose body spans
several lines: the error names the line the loop jumps back to, as PHP's does
--FILE--
<?php
function work($n) {
    $a = 0;
    $b = 1;
    for ($i = 0; $i < $n; $i++) {
        $a = $a + $i;
        $b = $b ^ $a;
        $a = $a & 0xffff;
    }
    return $a + $b;
}
echo work(1000), "\n";
set_time_limit(1);
echo "spinning\n";
echo work(PHP_INT_MAX), "\n";
--EXPECTF--
169173
spinning

Fatal error: Maximum execution time of 1 second exceeded in %s on line 6
[exit 255: ]
