<?php
// micro-closures: make and call closures: a fresh one per step, four long-lived ones through an
// array, and one that updates a variable captured by reference (use (&$count)). Protocol:
// bench/README.md.

function make_adder($k)
{
    return function ($x) use ($k) {
        return $x + $k;
    };
}

function make_counter()
{
    $count = 0;
    return function ($step) use (&$count) {
        $count += $step;
        return $count;
    };
}

function bench(int $n): string
{
    $adders = [make_adder(0), make_adder(1), make_adder(2), make_adder(3)];
    $bump = make_counter();
    $total = 0;
    for ($i = 0; $i < $n; $i++) {
        $total = $adders[$i & 3]($total);
        $fresh = make_adder($i & 7);
        $total = $fresh($total) - ($i & 7);
        $bump($i & 1);
    }
    return sprintf("%d %d", $total, $bump(0));
}

function main(array $argv): void
{
    $iterations = (int)($argv[1] ?? 1);
    $size = (int)($argv[2] ?? 10000);
    $result = "";
    for ($i = 0; $i < $iterations; $i++) {
        $t0 = hrtime(true);
        $result = bench($size);
        $t1 = hrtime(true);
        echo "@ns ", $t1 - $t0, "\n";
    }
    echo $result, "\n";
}

main($argv);
