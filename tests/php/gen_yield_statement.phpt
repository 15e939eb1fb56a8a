--TEST--
yield as a statement (its sent value discarded) next to yield as an expression: send, throw,
keys, loops whose test follows the yield, foreach resumption, a finally after it
--FILE--
<?php
function g() {
    $n = 0;
    while ($n < 3) {
        yield $n;
        $got = yield "k$n" => $n * 10;
        echo "got ", var_export($got, true), "\n";
        $n++;
    }
    try {
        yield "in try";
    } catch (Exception $e) {
        echo "caught ", $e->getMessage(), "\n";
        yield "after catch";
    } finally {
        echo "finally\n";
    }
    return "done";
}
$g = g();
foreach ($g as $k => $v) {
    echo "$k => $v\n";
    if ($v === "in try") {
        echo "throw: ", $g->throw(new Exception("boom")), "\n";
    }
}
echo $g->getReturn(), "\n";

$h = g();
echo $h->current(), "\n";
echo $h->send("one"), "\n";
echo $h->send("two"), "\n";
echo $h->send("three"), "\n";
echo $h->key(), "\n";

function counter($n) {
    for ($i = 0; $i < $n; $i++) {
        if ($i % 2) {
            yield $i;
            continue;
        }
        yield $i => -$i;
    }
}
$sum = 0;
foreach (counter(1000) as $k => $v) {
    $sum += $k * 3 + $v;
}
echo $sum, "\n";
function inner() { yield 1; yield 2; return 3; }
function outer() { $r = yield from inner(); yield $r; yield; echo "end\n"; }
foreach (outer() as $k => $v) {
    echo "$k: ", var_export($v, true), "\n";
}
--EXPECT--
0 => 0
k0 => 0
got NULL
1 => 1
k1 => 10
got NULL
2 => 2
k2 => 20
got NULL
3 => in try
throw: caught boom
after catch
finally
done
0
0
got 'two'
1
10
k1
1499000
0: 1
1: 2
0: 3
1: NULL
end
