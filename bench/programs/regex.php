<?php
// regex: parse generated log lines with a named-group pattern, rewrite them with a callback and
// with back-references, split on a character class and count word matches (PCRE's compile cache,
// matching, group extraction and replacement). SIZE = log lines; the result is counts and an
// order-sensitive checksum. Protocol: bench/README.md.

function bench(int $n): string
{
    $seed = 42;
    $levels = ['INFO', 'WARN', 'ERROR', 'DEBUG'];
    $checksum = 0;
    $errors = 0;
    $words = 0;
    $pieces = 0;
    for ($i = 0; $i < $n; $i++) {
        $seed = ($seed * 1103515245 + 12345) % 2147483648;
        $line = sprintf("2024-%02d-%02d %s [user%d] request id=%d took %dms path=api.v%d.items",
                        $seed % 12 + 1, $seed % 28 + 1, $levels[$seed % 4], $seed % 97,
                        $seed % 100000, $seed % 5000, $seed % 3);
        if (preg_match('/^(?<date>\d{4}-\d\d-\d\d) (?<level>[A-Z]+) \[(?<user>\w+)\] .*took (?<ms>\d+)ms/',
                       $line, $m)) {
            $checksum = ($checksum * 31 + (int)$m['ms'] + strlen($m['user'])) % 1000000007;
            if ($m['level'] === 'ERROR') {
                $errors++;
            }
        }
        $out = preg_replace_callback('/id=(\d+)/', fn($g) => 'id=' . strrev($g[1]), $line);
        $out = preg_replace('/(\d{4})-(\d\d)-(\d\d)/', '$3/$2/$1', $out);
        $pieces += count(preg_split('/[\s=.\[\]]+/', $out));
        $words += preg_match_all('/\b[a-z]+\b/', $out);
        $checksum = ($checksum * 7 + strlen($out)) % 1000000007;
    }
    return sprintf("%d %d %d %d", $errors, $words, $pieces, $checksum);
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
