--TEST--
a class declaring one method twice (names in any case) is a compile error
--FILE--
<?php
class Counter {
    function next() { return 1; }
    function NEXT() { return 2; }
}
echo "not reached\n";
--EXPECTF--

Fatal error: Cannot redeclare Counter::NEXT() in %s on line 4
[exit 255: ]
