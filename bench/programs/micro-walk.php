<?php
// micro-walk: walk an array of SIZE integers ten times: iterate it, rewrite every element by index,
// and read it backwards (foreach, indexing, stores). Protocol: bench/README.md.

function bench(int $n): string
{
    $data = [];
    for ($i = 0; $i < $n; $i++) {
        $data[] = ($i * 7) % 1000;
    }
    $total = 0;
    for ($rep = 0; $rep < 10; $rep++) {
        foreach ($data as $x) {
            $total += $x;
        }
        $count = count($data);
        for ($i = 0; $i < $count; $i++) {
            $data[$i] = ($data[$i] + 1) & 1023;
        }
        for ($i = $n - 1; $i >= 0; $i--) {
            $total += $data[$i] * ($i & 3);
        }
    }
    return sprintf("%d %d", $total, $data[intdiv($n, 2)]);
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
