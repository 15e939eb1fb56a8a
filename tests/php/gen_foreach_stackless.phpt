--TEST--
generators: foreach resumes the generator's frame in its own loop; exceptions, finally, break and resume, nesting
--FILE--
<?php
function counted($n) { for ($i = 0; $i < $n; $i++) { yield $i => $i * 10; } return "done$n"; }

// an exception thrown inside the generator (after its first value) is caught by the consumer
function failing() {
    yield 1;
    yield 2;
    throw new RuntimeException("inside");
}
try {
    foreach (failing() as $k => $v) echo "$k=$v\n";
} catch (RuntimeException $e) {
    echo "consumer caught: ", $e->getMessage(), " line ", $e->getLine(), "\n";
    foreach ($e->getTrace() as $t) echo "  ", $t['function'], "\n";
}
$g = failing();
try { foreach ($g as $v) {} } catch (Exception $e) {}
var_dump($g->valid());
try { foreach ($g as $v) {} } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

// the generator catches what it throws itself, and the consumer's exception stays outside it
function guarded() {
    for ($i = 0; $i < 4; $i++) {
        try {
            if ($i == 1) throw new LogicException("gen $i");
            echo "body $i\n";
        } catch (LogicException $e) {
            echo "generator caught: ", $e->getMessage(), "\n";
        } finally {
            echo "generator finally $i\n";
        }
        yield $i;
    }
}
try {
    foreach (guarded() as $v) {
        echo "got $v\n";
        if ($v == 2) throw new DomainException("consumer $v");
    }
} catch (DomainException $e) {
    echo "consumer caught: ", $e->getMessage(), "\n";
}

// break out of foreach, then resume by hand and by another foreach (no rewind)
$g = counted(6);
foreach ($g as $k => $v) { echo "a $k $v\n"; if ($k == 2) break; }
$g->next();
echo "current ", $g->current(), " key ", $g->key(), "\n";
try { foreach ($g as $k => $v) echo "b $k $v\n"; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$g2 = counted(5);
foreach ($g2 as $k => $v) { if ($k == 1) break; }
$g2->next();
$g2->next();
while ($g2->valid()) { echo "manual ", $g2->key(), "\n"; $g2->next(); }
echo $g2->getReturn(), "\n";

// finally blocks on the way out of a generator that a foreach runs to its end
function withFinally($tag) {
    try {
        try { yield 1; yield 2; if ($tag == "r") return "early"; yield 3; }
        finally { echo "inner finally $tag\n"; }
    } finally { echo "outer finally $tag\n"; }
    return "late";
}
foreach (($w = withFinally("x")) as $v) echo "x $v\n";
echo "after x ", $w->getReturn(), "\n";
foreach (($w = withFinally("r")) as $v) echo "r $v\n";
echo "after r ", $w->getReturn(), "\n";

// nested yield from, with keys and return values, in a foreach
function leaf($base) { yield $base; yield $base + 1; return $base * 100; }
function middle() { $a = yield from leaf(1); $b = yield from [10 => 'x', 11 => 'y']; $c = yield from leaf(5); return "$a/$c"; }
function outer() { $r = yield from middle(); yield "end" => $r; }
foreach (outer() as $k => $v) echo "$k => $v\n";

// a shared delegate consumed from two generators
function shared() { yield 'a'; yield 'b'; yield 'c'; yield 'd'; return 'R'; }
$s = shared();
function via($s, $tag) { $r = yield from $s; echo "$tag got $r\n"; }
$p = via($s, "p"); $q = via($s, "q");
foreach ($p as $v) { echo "p $v\n"; if ($v == 'b') break; }
foreach ($q as $v) echo "q $v\n";

// send before current, then foreach picks up
function echoer() { $x = yield 'first'; echo "received $x\n"; while (true) { $x = yield $x; if ($x === null) return; echo "sent $x\n"; } }
$e = echoer();
var_dump($e->send('hello'));
try { foreach ($e as $k => $v) {} } catch (Exception $x) { echo $x->getMessage(), "\n"; }
$e2 = echoer();
foreach ($e2 as $k => $v) { echo "loop $k ", var_export($v, true), "\n"; if ($k == 0) $e2->send("s$k"); if ($k > 3) break; }

// generators in recursive foreach
function tree($depth) {
    yield "n$depth";
    if ($depth > 0) {
        foreach (tree($depth - 1) as $v) yield "$depth/$v";
        foreach (tree($depth - 1) as $v) yield "$depth\\$v";
    }
}
$n = 0;
foreach (tree(3) as $v) { if (++$n <= 6 || $n >= 14) echo $v, "\n"; }
echo "$n nodes\n";
function walk($a) { foreach ($a as $k => $v) { if (is_array($v)) { foreach (walk($v) as $kk => $vv) yield "$k.$kk" => $vv; } else yield $k => $v; } }
foreach (walk([1, [2, [3, 4]], 'k' => [5]]) as $k => $v) echo "$k: $v\n";

// an exception in a deep generator unwinds through the generators between it and the consumer
function deep($n) { if ($n == 0) { yield 'bottom'; throw new Exception("deep"); } foreach (deep($n - 1) as $v) yield "$n:$v"; }
try { foreach (deep(3) as $v) echo "$v\n"; } catch (Exception $e) { echo "caught ", $e->getMessage(), " ", count($e->getTrace()), " frames\n"; }

// a generator running while resumed again from inside its own loop body
function selfish() { global $sg; yield 1; try { foreach ($sg as $v) {} } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } yield 2; }
$sg = selfish();
foreach ($sg as $v) echo "self $v\n";

// return value after a foreach, getReturn of a finished generator
$c = counted(3);
foreach ($c as $v) {}
echo $c->getReturn(), "\n";
try { foreach ($c as $v) {} } catch (Exception $e) { echo $e->getMessage(), "\n"; }

// a generator that foreach runs resumes itself by hand
function selfnext() { global $sn; yield 1; try { $sn->next(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } yield 2; }
$sn = selfnext();
foreach ($sn as $v) echo "selfnext $v\n";

// a fiber suspends inside a generator that a foreach in the fiber runs
function suspending() { yield 1; $r = Fiber::suspend('s1'); echo "resumed with $r\n"; yield 2; Fiber::suspend('s2'); yield 3; }
$fib = new Fiber(function () { foreach (suspending() as $k => $v) echo "fiber got $k $v\n"; return 'fiber done'; });
$x = $fib->start();
echo "main $x\n";
$x = $fib->resume('r1');
echo "main $x\n";
$fib->resume('r2');
var_dump($fib->isTerminated(), $fib->getReturn());

// an exception from a function the generator calls: the trace runs through the generator
function thrower($v) { if ($v == 2) throw new UnexpectedValueException("bad $v"); return $v; }
function calling() { for ($i = 1; $i < 5; $i++) yield thrower($i); }
function consume() { $s = 0; foreach (calling() as $v) $s += $v; return $s; }
try { consume(); } catch (UnexpectedValueException $e) {
    echo $e->getMessage(), " at line ", $e->getLine(), "\n";
    foreach ($e->getTrace() as $t) echo "  ", $t['function'], " line ", $t['line'] ?? '-', "\n";
}
--EXPECT--
0=1
1=2
consumer caught: inside line 8
  failing
bool(false)
Exception: Cannot traverse an already closed generator
body 0
generator finally 0
got 0
generator caught: gen 1
generator finally 1
got 1
body 2
generator finally 2
got 2
consumer caught: consumer 2
a 0 0
a 1 10
a 2 20
current 30 key 3
Cannot rewind a generator that was already run
manual 3
manual 4
done5
x 1
x 2
x 3
inner finally x
outer finally x
after x late
r 1
r 2
inner finally r
outer finally r
after r early
0 => 1
1 => 2
10 => x
11 => y
0 => 5
1 => 6
end => 100/500
p a
p b
q b
q c
q d
q got R
received hello
string(5) "hello"
Cannot rewind a generator that was already run
loop 0 'first'
received s0
n3
3/n2
3/2/n1
3/2/1/n0
3/2/1\n0
3/2\n1
3\2\1/n0
3\2\1\n0
15 nodes
0: 1
1.0: 2
1.1.0: 3
1.1.1: 4
k.0: 5
3:2:1:bottom
caught deep 4 frames
self 1
Exception: Cannot rewind a generator that was already run
self 2
done3
Cannot traverse an already closed generator
selfnext 1
Error: Cannot resume an already running generator
selfnext 2
fiber got 0 1
main s1
resumed with r1
fiber got 1 2
main s2
fiber got 2 3
bool(true)
string(10) "fiber done"
bad 2 at line 137
  thrower line 138
  calling line 139
  consume line 140
