--TEST--
exit() inside a fiber ends the script: no finally, destructors and shutdown functions run
--FILE--
<?php
class D { function __destruct() { echo "destructor\n"; } }
register_shutdown_function(function () { echo "shutdown, current: ", var_export(Fiber::getCurrent(), true), "\n"; });
$f = new Fiber(function () {
    $d = new D;
    try {
        Fiber::suspend();
        echo "exiting\n";
        exit("bye from fiber\n");
    } finally {
        echo "no finally for exit\n";
    }
});
$f->start();
$f->resume();
echo "not reached\n";
--EXPECT--
exiting
bye from fiber
destructor
shutdown, current: NULL
