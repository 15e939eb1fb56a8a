--TEST--
generators_yield_from: yield from arrays and generators, return values, send through delegation
--FILE--
<?php
function inner() {
    $x = yield 1;
    echo "inner got $x\n";
    yield 2;
    return "inner done";
}
function outer() {
    yield 0;
    $r = yield from inner();
    echo "outer got: $r\n";
    yield from [10, 20];
    yield from ['k' => 'v', 'w' => 'z'];
    $none = yield from [];
    var_dump($none);
    yield 3;
    return "outer done";
}
foreach (outer() as $k => $v) {
    echo var_export($k, true), " => ", $v, "\n";
}
$g = outer();
echo $g->current(), "\n";
$g->next();
echo $g->current(), "\n";
echo $g->send("hello"), "\n";
while ($g->valid()) {
    $g->next();
}
echo $g->getReturn(), "\n";

function countdown($n) {
    if ($n <= 0) return 0;
    yield $n;
    return 1 + yield from countdown($n - 1);
}
$c = countdown(4);
foreach ($c as $v) echo $v, " ";
echo "\nlevels: ", $c->getReturn(), "\n";
echo implode(',', iterator_to_array(countdown(3), false)), "\n";

function finished() { yield 1; return 42; }
$f = finished();
foreach ($f as $_) {}
function reuse($f) { $r = yield from $f; echo "reused: $r\n"; }
try {
    foreach (reuse($f) as $v) echo "never $v\n";
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

function nested_keys() {
    yield 1;
    yield from [5 => 'a', 6 => 'b'];
    yield 2;
}
foreach (nested_keys() as $k => $v) echo "$k:$v ";
echo "\n";
function self_ref() { global $sr; yield 1; yield from $sr; }
$sr = self_ref();
try {
    foreach ($sr as $v) echo "$v\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
function bad() { yield from 5; }
try {
    foreach (bad() as $v) {}
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
0 => 0
0 => 1
inner got 
1 => 2
outer got: inner done
0 => 10
1 => 20
'k' => v
'w' => z
NULL
1 => 3
0
1
inner got hello
2
outer got: inner done
NULL
outer done
4 3 2 1 
levels: 4
3,2,1
Generator passed to yield from was aborted without proper return and is unable to continue
0:1 5:a 6:b 1:2 
1
Error: Impossible to yield from the Generator being currently run
Can use "yield from" only with arrays and Traversables
