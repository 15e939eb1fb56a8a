--TEST--
declare(ticks) takes a literal only
--FILE--
<?php
const N = 1;
declare(ticks = N) {
    echo "x\n";
}
--EXPECTF--

Fatal error: declare(ticks) value must be a literal in %s on line 3
[exit 255: ]
