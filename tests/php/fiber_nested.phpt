--TEST--
Nested fibers: a fiber started in one fiber and resumed by others, getCurrent, deep nesting
--FILE--
<?php
$outer = new Fiber(function () {
    $inner = new Fiber(function () {
        echo "inner 1\n";
        $x = Fiber::suspend("i1");
        echo "inner 2 got $x\n";
        return "inner done";
    });
    echo "outer got ", $inner->start(), "\n";
    var_dump($inner->isSuspended(), Fiber::getCurrent() === $GLOBALS['outer']);
    $x = Fiber::suspend("o1");
    echo "outer resumed with $x\n";
    $inner->resume("from outer");
    echo "inner returned ", $inner->getReturn(), "\n";
    return $inner;
});
echo "main got ", $outer->start(), "\n";
var_dump($outer->isSuspended());
$outer->resume("X");
var_dump($outer->isTerminated(), $outer->getReturn()->isTerminated());
// a fiber started in one fiber, resumed by main, then by another fiber
$shared = null;
$a = new Fiber(function () use (&$shared) {
    $shared = new Fiber(function () {
        for ($i = 0; ; $i++) echo "shared step $i by ", Fiber::suspend($i), "\n";
    });
    $shared->start();
    Fiber::suspend();
    $shared->resume("a again");
});
$a->start();
$shared->resume("main");
$b = new Fiber(function () use (&$shared) { $shared->resume("b"); });
$b->start();
$a->resume();
// a running outer fiber cannot be resumed by its inner fiber
$o2 = new Fiber(function () {
    $in = new Fiber(function () {
        try { $GLOBALS['o2']->resume(); } catch (FiberError $e) { echo $e->getMessage(), "\n"; }
        var_dump($GLOBALS['o2']->isRunning(), $GLOBALS['o2']->isSuspended());
    });
    $in->start();
});
$o2->start();
// deep nesting
function nest($n) {
    if ($n == 0) return Fiber::suspend("bottom");
    $f = new Fiber(fn() => nest($n - 1));
    $v = $f->start();
    $r = Fiber::getCurrent() ? Fiber::suspend("level $n got $v") : "top got $v";
    $f->resume();
    return $r;
}
echo nest(20), "\n";
--EXPECT--
main got outer got inner 1
i1
bool(true)
bool(true)
o1
bool(true)
outer resumed with X
inner 2 got from outer
inner returned inner done
bool(true)
bool(true)
shared step 0 by main
shared step 1 by b
shared step 2 by a again
shared step 3 by Cannot resume a fiber that is not suspended
bool(true)
bool(false)
top got level 19 got level 18 got level 17 got level 16 got level 15 got level 14 got level 13 got level 12 got level 11 got level 10 got level 9 got level 8 got level 7 got level 6 got level 5 got level 4 got level 3 got level 2 got level 1 got bottom
