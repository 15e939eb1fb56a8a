--TEST--
generators: getReturn() primes a generator that was never started: a body that returns at once has a return value, one that throws lets the exception out
--FILE--
<?php
function early() {
    try {
        throw new Exception("discarded");
    } finally {
        return 7;
    }
    yield;
}
var_dump(early()->getReturn());
function fails() {
    try {
        return 1;
    } finally {
        throw new LogicException("from finally");
    }
    yield;
}
$g = fails();
foreach ([1, 2] as $i) {
    try {
        var_dump($g->getReturn());
    } catch (Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
function yields() { echo "started\n"; yield 1; return 2; }
$g = yields();
try { $g->getReturn(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
var_dump($g->current());
--EXPECT--
int(7)
LogicException: from finally
Exception: Cannot get return value of a generator that hasn't returned
started
Cannot get return value of a generator that hasn't returned
int(1)
