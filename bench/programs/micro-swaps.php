<?php
// micro-swaps: exchange array elements through a by-reference swap(&$x, &$y), reversing and
// shuffling an array of SIZE integers, then swap two locals the same way. Protocol:
// bench/README.md.

function swap(&$x, &$y)
{
    $t = $x;
    $x = $y;
    $y = $t;
}

function bench(int $n): string
{
    $a = range(0, $n - 1);
    $seed = 1;
    for ($rep = 0; $rep < 4; $rep++) {
        $i = 0;
        $j = $n - 1;
        while ($i < $j) {
            swap($a[$i], $a[$j]);
            $i++;
            $j--;
        }
        for ($k = 0; $k < $n; $k++) {
            $seed = ($seed * 1103515245 + 12345) % 2147483648;
            swap($a[$k], $a[($seed >> 8) % $n]);
        }
    }
    $x = 1;
    $y = 2;
    for ($k = 0; $k < $n; $k++) {
        $y += $k;
        swap($x, $y);
    }
    $checksum = 0;
    for ($k = 0; $k < $n; $k++) {
        $checksum = ($checksum * 31 + $a[$k] * ($k & 15)) % 1000000007;
    }
    return sprintf("%d %d %d", $checksum, $x, $y);
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
