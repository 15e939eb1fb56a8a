--TEST--
generators: send() runs to the next yield and returns its value; yield as expression receives sent value
--FILE--
<?php
function logger() { $n = 0; while (true) { $msg = yield $n++; if ($msg === null) { echo "got null\n"; continue; } echo "log: $msg\n"; if ($msg === 'stop') return 'stopped'; } }
$g = logger();
var_dump($g->send('first'));
var_dump($g->send('second'));
$g->next();
var_dump($g->current());
var_dump($g->send('stop'), $g->valid(), $g->getReturn());
function acc() { $total = 0; while (($x = yield $total) !== null) $total += $x; return $total; }
$a = acc(); $a->current(); foreach ([1, 2, 3] as $i) $a->send($i); $a->send(null); var_dump($a->getReturn());
function echoer() { echo "start\n"; $x = yield; echo "received ", var_export($x, true), "\n"; }
$e = echoer(); $e->send('hi'); var_dump($e->valid());
--EXPECT--
log: first
int(1)
log: second
int(2)
got null
int(3)
log: stop
NULL
bool(false)
string(7) "stopped"
int(6)
start
received 'hi'
bool(false)
