--TEST--
Many fibers alive at once and in sequence, allocating and collecting while others are suspended
--FILE--
<?php
// many fibers alive at once, each allocating while the others are suspended
$fibers = [];
for ($i = 0; $i < 200; $i++) {
    $fibers[] = new Fiber(function () use ($i) {
        $data = [];
        for ($j = 0; $j < 5; $j++) {
            $data[] = str_repeat(chr(65 + $i % 26), 10) . $j;
            $obj = new ArrayObject($data);
            Fiber::suspend(count($obj));
        }
        return implode(",", $data);
    });
}
foreach ($fibers as $f) $f->start();
$total = 0;
for ($round = 0; $round < 5; $round++) {
    foreach ($fibers as $f) {
        $v = $f->resume();
        if ($v !== null) $total += $v;
    }
    gc_collect_cycles();
}
echo "total $total\n";
echo $fibers[0]->getReturn(), "\n", $fibers[199]->getReturn(), "\n";
// fibers that end are freed: many in sequence
$sum = 0;
for ($i = 0; $i < 3000; $i++) {
    $f = new Fiber(function ($x) { $y = Fiber::suspend($x + 1); return $y * 2; });
    $sum += $f->start($i);
    $f->resume($i);
    $sum += $f->getReturn();
}
echo "sum $sum\n";
// unreachable suspended fibers are destroyed
$n = 0;
for ($i = 0; $i < 100; $i++) {
    $f = new Fiber(function () use (&$n) { try { Fiber::suspend(); } finally { $n++; } });
    $f->start();
}
$f = null;
gc_collect_cycles();
echo "destroyed $n\n";
--EXPECT--
total 2800
AAAAAAAAAA0,AAAAAAAAAA1,AAAAAAAAAA2,AAAAAAAAAA3,AAAAAAAAAA4
RRRRRRRRRR0,RRRRRRRRRR1,RRRRRRRRRR2,RRRRRRRRRR3,RRRRRRRRRR4
sum 13498500
destroyed 100
