--TEST--
Generators inside fibers and fibers inside generators, yield from across a suspension
--FILE--
<?php
// generators used inside fibers, fibers started and resumed from generators
function gen() {
    for ($i = 0; $i < 3; $i++) {
        $x = yield $i;
        echo "gen got ", json_encode($x), "\n";
        Fiber::suspend("from gen $i");
    }
    return "gen ret";
}
$f = new Fiber(function () {
    $g = gen();
    foreach ($g as $k => $v)
        echo "loop $k $v\n";
    echo $g->getReturn(), "\n";
    $h = gen();
    echo "current ", $h->current(), "\n";
    echo "send ", $h->send("sent"), "\n";
    return "g done";
});
$v = $f->start();
while (!$f->isTerminated()) {
    echo "main: $v\n";
    $v = $f->resume();
}
echo $f->getReturn(), "\n";
function yield_in() { echo "in fiber from gen\n"; Fiber::suspend(); echo "fiber resumed from gen\n"; }
function gen2() {
    $f = new Fiber(function () { yield_in(); });
    yield 1;
    $f->start();
    yield 2;
    $f->resume();
    yield 3;
}
foreach (gen2() as $v)
    echo "gen2 $v\n";
// a generator suspended in one fiber while another runs generators of its own
function counter($name) { for ($i = 0; $i < 2; $i++) { echo "$name yields $i\n"; yield $i; } }
$fa = new Fiber(function () { foreach (counter("A") as $v) Fiber::suspend($v); });
$fb = new Fiber(function () { foreach (counter("B") as $v) Fiber::suspend($v); });
$fa->start();
$fb->start();
while (!$fa->isTerminated() || !$fb->isTerminated()) {
    if (!$fa->isTerminated()) $fa->resume();
    if (!$fb->isTerminated()) $fb->resume();
}
// yield from inside a fiber
function inner() { yield 1; Fiber::suspend("mid"); yield 2; return 3; }
function outer() { $r = yield from inner(); yield $r; }
$f = new Fiber(function () { foreach (outer() as $v) echo "outer $v\n"; });
echo $f->start(), "\n";
$f->resume();
--EXPECT--
loop 0 0
gen got null
main: from gen 0
loop 1 1
gen got null
main: from gen 1
loop 2 2
gen got null
main: from gen 2
gen ret
current 0
send gen got "sent"
main: from gen 0
1
g done
gen2 1
in fiber from gen
gen2 2
fiber resumed from gen
gen2 3
A yields 0
B yields 0
A yields 1
B yields 1
outer 1
mid
outer 2
outer 3
