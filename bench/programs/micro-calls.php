<?php
// micro-calls: small plain function calls, one, two and three arguments deep, SIZE times (call and
// return overhead). Protocol: bench/README.md.

function inc($x)
{
    return $x + 1;
}

function add($a, $b)
{
    return $a + $b;
}

function add_sub($a, $b, $c)
{
    return add($a, $b) - $c;
}

function bench(int $n): string
{
    $total = 0;
    for ($i = 0; $i < $n; $i++) {
        $total = add($total, inc($i));
        $total = add_sub($total, $i, $i);
    }
    return sprintf("%d", $total);
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
