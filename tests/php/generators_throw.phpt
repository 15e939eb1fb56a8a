--TEST--
generators_throw: exceptions thrown into and out of generators, throw(), finally in generators
--FILE--
<?php
function guarded() {
    try {
        echo "start\n";
        $x = yield 1;
        echo "after first: $x\n";
        yield 2;
    } catch (RuntimeException $e) {
        echo "caught inside: ", $e->getMessage(), "\n";
        yield 99;
    } finally {
        echo "finally runs\n";
    }
    yield 3;
}
$g = guarded();
echo $g->current(), "\n";
echo $g->throw(new RuntimeException("boom")), "\n";
$g->next();
echo $g->current(), "\n";
$g->next();
var_dump($g->valid());

$g = guarded();
$g->current();
try {
    $g->throw(new LogicException("not caught"));
} catch (LogicException $e) {
    echo "caller caught: ", $e->getMessage(), "\n";
}
var_dump($g->valid(), $g->current());
try {
    $g->throw(new Exception("closed"));
} catch (Exception $e) {
    echo "closed generator rethrows: ", $e->getMessage(), "\n";
}

function failing() {
    yield 1;
    throw new DomainException("from inside");
}
$f = failing();
try {
    foreach ($f as $v) echo "value $v\n";
} catch (DomainException $e) {
    echo "loop caught: ", $e->getMessage(), " line ", $e->getLine(), "\n";
}
var_dump($f->valid());
try {
    $f->getReturn();
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}

function with_finally() {
    try {
        yield 1;
        yield 2;
        return "ret";
    } finally {
        echo "cleanup\n";
    }
}
$w = with_finally();
foreach ($w as $v) echo "v=$v\n";
echo $w->getReturn(), "\n";

function inner_thrower() {
    try {
        yield 1;
    } catch (Exception $e) {
        echo "inner caught ", $e->getMessage(), "\n";
        yield 2;
    }
}
function delegating() {
    try {
        yield from inner_thrower();
        yield 3;
    } catch (Exception $e) {
        echo "outer caught ", $e->getMessage(), "\n";
    }
}
$d = delegating();
$d->current();
echo $d->throw(new Exception("A")), "\n";
try {
    $d->throw(new Exception("B"));
} catch (Exception $e) {
    echo "escaped: ", $e->getMessage(), "\n";
}
var_dump($d->valid());

function arr_delegate() {
    try {
        yield from [1, 2, 3];
    } catch (Exception $e) {
        echo "array delegate caught ", $e->getMessage(), "\n";
        yield 100;
    }
}
$a = arr_delegate();
$a->current();
echo $a->throw(new Exception("C")), "\n";

function running() {
    global $gen;
    try {
        $gen->next();
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    yield 1;
}
$gen = running();
$gen->current();
try {
    $x = guarded();
    $x->throw("not an exception");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
function typed(): Generator { yield 1; return 2; }
$t = typed();
foreach ($t as $v) echo $v, "\n";
echo $t->getReturn(), "\n";
function iter(): iterable { yield 'x'; }
foreach (iter() as $v) echo $v, "\n";
--EXPECT--
start
1
caught inside: boom
99
finally runs
3
bool(false)
start
finally runs
caller caught: not caught
bool(false)
NULL
closed generator rethrows: closed
value 1
loop caught: from inside line 40
bool(false)
Cannot get return value of a generator that hasn't returned
v=1
v=2
cleanup
ret
inner caught A
2
outer caught B
bool(false)
array delegate caught C
100
Error: Cannot resume an already running generator
Generator::throw(): Argument #1 ($exception) must be of type Throwable, string given
1
2
x
