<?php
// dicts: count pseudo-random string keys in an array, group them by count under integer keys,
// delete and re-add entries, and drive an array as a stack (hashing, insertion order, deletion,
// push and pop). SIZE = keys drawn; the result is the sizes and an order-sensitive checksum.
// Protocol: bench/README.md.

function bench(int $n): string
{
    $seed = 12345;
    $counts = [];
    $order = [];
    $stack = [];
    $popped = 0;
    for ($i = 0; $i < $n; $i++) {
        $seed = ($seed * 1103515245 + 12345) % 2147483648;
        $key = "k" . (($seed >> 12) % 50000);
        if (isset($counts[$key])) {
            $counts[$key]++;
        } else {
            $counts[$key] = 1;
            $order[] = $key;
        }
        if (($seed >> 16) % 3 == 0 && count($stack) > 0) {
            $popped += array_pop($stack);
        } else {
            $stack[] = $i;
        }
    }
    $by_count = [];
    foreach ($order as $key) {
        $c = $counts[$key];
        if (isset($by_count[$c])) {
            $by_count[$c][] = $key;
        } else {
            $by_count[$c] = [$key];
        }
    }
    $removed = 0;
    foreach ($order as $key) {
        if ($counts[$key] % 2 == 0) {
            unset($counts[$key]);
            $removed++;
        }
    }
    foreach ($order as $key) {
        if (!isset($counts[$key])) {
            $counts[$key . "x"] = strlen($key);
        }
    }
    $checksum = 0;
    $pos = 0;
    foreach ($counts as $key => $value) {
        $pos++;
        $checksum = ($checksum * 31 + $value * $pos + strlen($key)) % 1000000007;
    }
    foreach ($by_count as $c => $keys) {
        $checksum = ($checksum * 7 + $c * count($keys)) % 1000000007;
    }
    return sprintf("%d %d %d %d %d %d", count($counts), count($by_count), $removed, count($stack),
                   $popped % 1000000007, $checksum);
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
