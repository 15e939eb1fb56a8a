--TEST--
Exceptions propagate out of resume(); an uncaught exception's trace runs through the fiber
--FILE--
<?php
function thrower($x) { throw new LogicException("bad $x"); }
$f = new Fiber(function ($x) {
    try {
        Fiber::suspend();
        thrower($x);
    } finally {
        echo "finally in fiber\n";
    }
});
$f->start(1);
try {
    $f->resume();
} catch (LogicException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
var_dump($f->isTerminated());
try { $f->getReturn(); } catch (FiberError $e) { echo $e->getMessage(), "\n"; }
function run() {
    $g = new Fiber(function () { Fiber::suspend(); array_map(fn($v) => thrower($v), [7]); });
    $g->start();
    $g->resume();
}
run();
--EXPECTF--
finally in fiber
LogicException: bad 1
#0 %s(6): thrower(1)
#1 [internal function]: {closure}(1)
#2 %s(13): Fiber->resume()
#3 {main}
bool(true)
Cannot get fiber return value: The fiber threw an exception

Fatal error: Uncaught LogicException: bad 7 in %s:2
Stack trace:
#0 %s(20): thrower(7)
#1 [internal function]: {closure}(7)
#2 %s(20): array_map(Object(Closure), Array)
#3 [internal function]: {closure}()
#4 %s(22): Fiber->resume()
#5 %s(24): run()
#6 {main}
  thrown in %s on line 2
[exit 255: ]
