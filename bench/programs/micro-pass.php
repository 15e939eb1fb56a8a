<?php
// micro-pass: SIZE calls of a small function that is handed a 16-element array and sums it by
// index; the caller changes one element between calls (passing a container, count, indexing). Its
// composed variants pass a PHP array to Python (a view) and a Python list to PHP. Protocol:
// bench/README.md.

function total(array $xs): int
{
    $s = 0;
    $n = count($xs);
    for ($i = 0; $i < $n; $i++) {
        $s += $xs[$i];
    }
    return $s;
}

function bench(int $n): string
{
    $data = [];
    for ($i = 0; $i < 16; $i++) {
        $data[] = $i * 7 % 16;
    }
    $acc = 0;
    for ($i = 0; $i < $n; $i++) {
        $data[$i & 15] = $i & 255;
        $acc = ($acc * 3 + total($data)) % 1000000007;
    }
    return sprintf("%d", $acc);
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
