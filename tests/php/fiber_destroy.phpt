--TEST--
Suspended fibers destroyed when unreachable and at script end: finally blocks run, catch blocks do not, destructors follow; suspended fibers keep their variables alive
--FILE--
<?php
// fibers left suspended: destroyed when unreachable or at script end (graceful exit: finally
// blocks run, catch blocks do not), with the destructors of what they held
class D { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; } }
$f1 = new Fiber(function () {
    $d = new D(1);
    try {
        echo "f1 suspending\n";
        Fiber::suspend();
        echo "not reached\n";
    } catch (Throwable $e) {
        echo "not caught\n";
    } finally {
        echo "f1 finally\n";
    }
    echo "not reached either\n";
});
$f1->start();
$f2 = new Fiber(function () { $d = new D(2); Fiber::suspend(); });
$f2->start();
$f3 = new Fiber(function () {
    $d = new D(3);
    try {
        try { Fiber::suspend(); } finally { echo "f3 inner finally\n"; }
    } finally {
        echo "f3 outer finally\n";
        try { Fiber::suspend(); } catch (FiberError $e) { echo "f3: ", $e->getMessage(), "\n"; }
    }
});
$f3->start();
unset($f3);
echo "after unset\n";
// an object only a suspended fiber's variables hold stays alive across destructor points
$f4 = new Fiber(function () { $d = new D(4); Fiber::suspend(); echo "f4 still has {$d->n}\n"; });
$f4->start();
gc_collect_cycles();
$tmp = new D(5);
$tmp = null;
$f4->resume();
echo "f4 done\n";
// a never started fiber is no problem either
$f5 = new Fiber(function () { echo "never\n"; });
$keep = new D(0);
echo "end of script\n";
--EXPECT--
f1 suspending
f3 inner finally
f3 outer finally
f3: Cannot suspend in a force-closed fiber
destruct 3
after unset
destruct 5
f4 still has 4
destruct 4
f4 done
end of script
destruct 0
destruct 2
f1 finally
destruct 1
