--TEST--
FiberError's messages, throw(), getReturn() states, switching refused in destructors, Fiber is not cloneable
--FILE--
<?php
function attempt(callable $c) {
    try { $c(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$done = new Fiber(fn() => 1);
$done->start();
attempt(fn() => $done->start());
attempt(fn() => $done->resume());
attempt(fn() => $done->throw(new Exception("x")));
$new = new Fiber(fn() => 1);
attempt(fn() => $new->resume());
attempt(fn() => $new->getReturn());
attempt(fn() => Fiber::suspend());
attempt(fn() => new FiberError("no"));
attempt(fn() => new Fiber("no_such_function"));
attempt(fn() => $new->__construct(fn() => 2));
$s = new Fiber(function () { Fiber::suspend(); });
$s->start();
attempt(fn() => $s->getReturn());
attempt(fn() => $s->start());
$t = new Fiber(function () {
    try { Fiber::suspend(1); } catch (Exception $e) { echo "caught in fiber: ", $e->getMessage(), "\n"; }
    try { Fiber::suspend(2); } catch (Exception $e) { echo "not this one\n"; }
});
$t->start();
$t->throw(new Exception("first"));
attempt(fn() => $t->throw(new RuntimeException("second")));
var_dump($t->isTerminated());
attempt(fn() => $t->getReturn());
// switching inside a destructor is refused
class Sw { function __construct(public $f) {} function __destruct() {
    try { $this->f->resume(); } catch (FiberError $e) { echo "dtor: ", $e->getMessage(), "\n"; } } }
$u = new Fiber(function () { Fiber::suspend(); echo "u resumed\n"; });
$u->start();
$sw = new Sw($u);
$sw = null;
$u->resume();
$v = new Fiber(function () {
    $o = new class { function __destruct() {
        try { Fiber::suspend(); } catch (FiberError $e) { echo "dtor in fiber: ", $e->getMessage(), "\n"; } } };
    $o = null;
    echo "after drop\n";
});
$v->start();
var_dump($v->isTerminated());
$w = new Fiber(fn() => 1);
attempt(fn() => clone $w);
echo "end\n";
--EXPECT--
FiberError: Cannot start a fiber that has already been started
FiberError: Cannot resume a fiber that is not suspended
FiberError: Cannot resume a fiber that is not suspended
FiberError: Cannot resume a fiber that is not suspended
FiberError: Cannot get fiber return value: The fiber has not been started
FiberError: Cannot suspend outside of a fiber
Error: The "FiberError" class is reserved for internal use and cannot be manually instantiated
TypeError: Fiber::__construct(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
FiberError: Cannot call constructor twice
FiberError: Cannot get fiber return value: The fiber has not returned
FiberError: Cannot start a fiber that has already been started
caught in fiber: first
not this one
bool(true)
dtor: Cannot switch fibers in current execution context
u resumed
dtor in fiber: Cannot switch fibers in current execution context
after drop
bool(true)
Error: Trying to clone an uncloneable object of class Fiber
end
