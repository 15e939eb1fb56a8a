<?php
// micro-generators: SIZE values drawn from generators of 100 values each (generator creation,
// resumption, iteration by foreach). Its composed variants iterate a Python generator with PHP's
// foreach and a PHP generator with Python's for. Protocol: bench/README.md.

function squares(int $start, int $count)
{
    for ($i = $start; $i < $start + $count; $i++) {
        yield $i * $i % 1000;
    }
}

function bench(int $n): string
{
    $total = 0;
    for ($start = 0; $start < $n; $start += 100) {
        foreach (squares($start, 100) as $x) {
            $total = ($total * 7 + $x) % 1000000007;
        }
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
