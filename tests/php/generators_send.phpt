--TEST--
generators_send: yield values and keys, send(), current/key/next/valid/rewind, getReturn, foreach
--FILE--
<?php
function counter($from, $to) {
    for ($i = $from; $i <= $to; $i++) {
        yield $i;
    }
    return "counted";
}
foreach (counter(1, 3) as $k => $v) {
    echo "$k => $v\n";
}
$g = counter(5, 6);
var_dump($g instanceof Generator, $g instanceof Traversable, $g instanceof Iterator);
echo get_class($g), "\n";
var_dump($g->valid(), $g->current(), $g->key());
$g->next();
var_dump($g->current());
$g->next();
var_dump($g->valid(), $g->current(), $g->key(), $g->getReturn());

function keyed() {
    yield 'a' => 1;
    yield 'b' => 2;
    yield 10 => 3;
    yield 4;
    yield 3 => 5;
    yield 6;
}
foreach (keyed() as $k => $v) {
    echo var_export($k, true), " => $v\n";
}

function logger() {
    echo "started\n";
    $n = 0;
    while (true) {
        $line = yield $n;
        if ($line === null) {
            return $n;
        }
        $n++;
        echo "log #$n: $line\n";
    }
}
$log = logger();
echo "before send\n";
var_dump($log->send('first'));
var_dump($log->send('second'));
var_dump($log->current());
$log->send(null);
var_dump($log->valid(), $log->getReturn());

function acc() {
    $total = 0;
    while (true) {
        $x = yield $total;
        $total += $x;
    }
}
$a = acc();
foreach ([1, 2, 3, 4] as $x) {
    $a->send($x);
}
echo "total: ", $a->current(), "\n";

function lazy() { echo "body runs\n"; yield 1; yield 2; }
$l = lazy();
echo "created\n";
$l->next();
var_dump($l->current());

$r = counter(1, 2);
$r->rewind();
$r->rewind();
echo $r->current(), "\n";
$r->next();
try {
    $r->rewind();
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    counter(1, 2)->getReturn();
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
$done = counter(1, 1);
foreach ($done as $v) {}
try {
    foreach ($done as $v) {}
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}

function gen_with_args(array $items, $prefix = '>') {
    foreach ($items as $k => $item) {
        $got = yield $k => $prefix . $item;
        if ($got) echo "got $got\n";
    }
}
$g = gen_with_args(['x' => 'one', 'y' => 'two']);
foreach ($g as $k => $v) echo "$k: $v\n";
$g = gen_with_args(['p', 'q'], '#');
echo $g->current(), "\n";
echo $g->send('hello'), "\n";
$closure = function ($n) { for ($i = 0; $i < $n; $i++) yield $i * $i; };
echo implode(',', iterator_to_array($closure(5))), "\n";
class Tree {
    public function __construct(private array $kids) {}
    public function walk() { foreach ($this->kids as $k) yield strtoupper($k); }
}
foreach ((new Tree(['a', 'b']))->walk() as $n) echo $n;
echo "\n";
function empty_gen() { return 5; yield; }
$e = empty_gen();
var_dump($e->valid(), $e->current(), $e->getReturn());
function refs() { $x = yield; var_dump($x); }
$rg = refs();
$rg->current();
$rg->send([1, 2]);
var_dump($rg->valid());
--EXPECT--
0 => 1
1 => 2
2 => 3
bool(true)
bool(true)
bool(true)
Generator
bool(true)
int(5)
int(0)
int(6)
bool(false)
NULL
NULL
string(7) "counted"
'a' => 1
'b' => 2
10 => 3
11 => 4
3 => 5
12 => 6
before send
started
log #1: first
int(1)
log #2: second
int(2)
int(2)
bool(false)
int(2)
total: 10
created
body runs
int(2)
1
Exception: Cannot rewind a generator that was already run
Cannot get return value of a generator that hasn't returned
Cannot traverse an already closed generator
x: >one
y: >two
#p
got hello
#q
0,1,4,9,16
AB
bool(false)
NULL
int(5)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
bool(false)
