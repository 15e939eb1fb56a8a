<?php
// strings: build pseudo-random words character by character, then join, upper-case, replace, split,
// reverse, search, count, slice, trim and scan the text (string building and the common string
// functions). SIZE = words; the result is lengths, counts and a hash. Protocol: bench/README.md.

function bench(int $n): string
{
    $seed = 7;
    $words = [];
    for ($w = 0; $w < $n; $w++) {
        $length = 3 + ($seed >> 16) % 8;
        $word = "";
        for ($j = 0; $j < $length; $j++) {
            $seed = ($seed * 1103515245 + 12345) % 2147483648;
            $word .= chr(97 + ($seed >> 16) % 26);
        }
        $words[] = $word;
    }
    $text = implode(" ", $words);
    $upper = strtoupper($text);
    $replaced = str_replace("ab", "[AB]", $text);
    $kept = 0;
    $initials = 0;
    foreach (explode(" ", $replaced) as $part) {
        $backwards = strrev($part);
        if (strpos($backwards, "e") !== false) {
            $kept++;
        }
        $initials += ord($backwards[0]);
    }
    $pairs = substr_count($text, "th");
    $h = 0;
    $len = strlen($upper);
    for ($i = 0; $i < $len; $i++) {
        $h = ($h * 131 + ord($upper[$i])) % 1000000007;
    }
    $pieces = [];
    for ($i = 0; $i < strlen($text) - 10; $i += 97) {
        $pieces[] = trim(substr($text, $i, 10)) . $i;
    }
    $joined = implode(",", $pieces);
    return sprintf("%d %d %d %d %d %d %d %s", strlen($text), strlen($replaced), $kept, $initials,
                   $pairs, $h, strlen($joined), substr($joined, -20));
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
