--TEST--
Fiber: start/resume/suspend values, status methods, every kind of callable, by-reference start arguments
--FILE--
<?php
$f = new Fiber(function (int $a, int $b) {
    echo "start $a $b\n";
    $x = Fiber::suspend($a + $b);
    echo "got $x\n";
    $y = Fiber::suspend([$x, $x * 2]);
    echo "got ", json_encode($y), "\n";
    return "done";
});
function status(Fiber $f) {
    printf("started=%d suspended=%d running=%d terminated=%d\n", $f->isStarted(), $f->isSuspended(),
           $f->isRunning(), $f->isTerminated());
}
status($f);
var_dump($f->start(1, 2));
status($f);
var_dump($f->resume(10));
var_dump($f->resume(['k' => [1, 2.5, null]]));
status($f);
var_dump($f->getReturn());
// a fiber that never suspends, callables of every kind
class Inv { function __invoke($x) { return "invoked $x"; } static function st($x) { return "static $x"; } }
foreach ([new Inv, 'Inv::st', [new Inv, '__invoke'], 'strtoupper', fn($x) => "arrow $x"] as $cb) {
    $g = new Fiber($cb);
    var_dump($g->start("v"), $g->isTerminated(), $g->getReturn());
}
// isRunning seen from inside
$h = new Fiber(function () use (&$h) { status($h); var_dump(Fiber::getCurrent() === $h); });
$h->start();
var_dump(Fiber::getCurrent());
// values passed by reference into start stay references
$n = 1;
$r = new Fiber(function (&$v) { $v++; Fiber::suspend(); $v++; });
$r->start($n);
echo "n=$n\n";
$r->resume();
echo "n=$n\n";
--EXPECTF--
started=0 suspended=0 running=0 terminated=0
start 1 2
int(3)
started=1 suspended=1 running=0 terminated=0
got 10
array(2) {
  [0]=>
  int(10)
  [1]=>
  int(20)
}
got {"k":[1,2.5,null]}
NULL
started=1 suspended=0 running=0 terminated=1
string(4) "done"
NULL
bool(true)
string(9) "invoked v"
NULL
bool(true)
string(8) "static v"
NULL
bool(true)
string(9) "invoked v"
NULL
bool(true)
string(1) "V"
NULL
bool(true)
string(7) "arrow v"
started=1 suspended=0 running=1 terminated=0
bool(true)
NULL

Warning: {closure}(): Argument #1 ($v) must be passed by reference, value given in %s on line 34
n=1
n=1
