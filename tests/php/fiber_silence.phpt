--TEST--
The @ operator's silence belongs to the fiber that applied it
--FILE--
<?php
// the @ operator's silence belongs to the fiber (or main code) that applied it
function warn_twice() {
    trigger_error("A", E_USER_WARNING);
    Fiber::suspend();
    trigger_error("B", E_USER_WARNING);
}
$f = new Fiber(function () { @warn_twice(); trigger_error("C", E_USER_WARNING); });
$f->start();
trigger_error("main 1", E_USER_WARNING);
@$f->resume();
trigger_error("main 2", E_USER_WARNING);
--EXPECTF--

Warning: main 1 in %s on line 10

Warning: C in %s on line 8

Warning: main 2 in %s on line 12
