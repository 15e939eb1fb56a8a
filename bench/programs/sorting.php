<?php
// sorting: sort ints, strings and records (a comparison callback, a stable sort with many ties, a
// reverse sort) and an array's entries by value, then fold the orders into a checksum (the sort
// routines, comparisons, callback calls). SIZE = elements per round. Protocol: bench/README.md.

function bench(int $n): string
{
    $seed = 11;
    $checksum = 0;
    for ($round = 0; $round < 5; $round++) {
        $ints = $words = $records = $counts = [];
        for ($i = 0; $i < $n; $i++) {
            $seed = ($seed * 1103515245 + 12345) % 2147483648;
            $ints[] = $seed % 1000003 - 500000;
            $words[] = sprintf("w%06d", $seed % 999983);
            $records[] = [$i, $seed % 97, "n" . ($seed % 89)];
            $key = "k" . ($seed % 4099);
            $counts[$key] = ($counts[$key] ?? 0) + 1;
        }
        sort($ints);
        rsort($words, SORT_STRING);
        $byGroup = $records;
        usort($byGroup, fn($a, $b) => $a[1] <=> $b[1]);
        $byName = $records;
        usort($byName, fn($a, $b) => strcmp($a[2], $b[2]) ?: $b[0] <=> $a[0]);
        asort($counts);
        for ($j = 0; $j < $n; $j += 7) {
            $checksum = ($checksum * 31 + $ints[$j] + 500000 + strlen($words[$j]) + $byGroup[$j][0]
                         + $byName[$j][0]) % 1000000007;
        }
        $taken = 0;
        foreach ($counts as $k => $v) {
            if ($taken++ == 50) {
                break;
            }
            $checksum = ($checksum * 7 + $v + strlen($k)) % 1000000007;
        }
        $checksum = ($checksum + ord($words[0][-1]) + ord($words[$n - 1][-1])) % 1000000007;
    }
    return sprintf("%d %d", $checksum, $ints[intdiv($n, 2)]);
}

function main(array $argv): void
{
    $iterations = (int)($argv[1] ?? 1);
    $size = (int)($argv[2] ?? 1000);
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
