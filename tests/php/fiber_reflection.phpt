--TEST--
ReflectionFiber: the callable, the executing file and line, traces of suspended and running fibers, errors
--FILE--
<?php
function suspend_here($v) { return Fiber::suspend($v); }
class Job { function __invoke($x) { return suspend_here($x) . "!"; } }
$f = new Fiber(new Job);
$r = new ReflectionFiber($f);
var_dump($r->getFiber() === $f, $r->getCallable() instanceof Job);
try { $r->getTrace(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$f->start("a");
echo basename($r->getExecutingFile()), ":", $r->getExecutingLine(), "\n";
foreach ($r->getTrace() as $i => $frame)
    echo "#$i ", isset($frame['line']) ? "line {$frame['line']} " : "", $frame['class'] ?? "", $frame['type'] ?? "", $frame['function'], "(", count($frame['args']), ")", isset($frame['object']) ? " with object" : "", "\n";
$g = new Fiber(function () {
    $r = new ReflectionFiber(Fiber::getCurrent());
    echo "running at line ", $r->getExecutingLine(), "\n";
    foreach ($r->getTrace(DEBUG_BACKTRACE_IGNORE_ARGS) as $frame)
        echo "  ", $frame['class'] ?? "", $frame['type'] ?? "", $frame['function'], "\n";
});
$g->start();
$f->resume("b");
var_dump($f->getReturn());
try { $r->getCallable(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r->getExecutingLine(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new ReflectionFiber(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(true)
Cannot fetch information from a fiber that has not been started or is terminated
fiber_reflection.php:2
#0 line 2 Fiber::suspend(1)
#1 line 3 suspend_here(1)
#2 Job->__invoke(1) with object
running at line 14
  ReflectionFiber->getTrace
  {closure}
string(2) "b!"
Cannot fetch the callable from a fiber that has terminated
Cannot fetch information from a fiber that has not been started or is terminated
ReflectionFiber::__construct(): Argument #1 ($fiber) must be of type Fiber, stdClass given
