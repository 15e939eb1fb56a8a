<?php
// json-roundtrip: encode generated records (nested arrays and maps, strings needing escapes, ints and
// floats) to JSON text, decode the text back and walk the result (the encoder, the parser,
// array building). SIZE = records per document round; the result is lengths and a checksum.
// Protocol: bench/README.md.

function bench(int $n): string
{
    $seed = 7;
    $total = 0;
    $checksum = 0;
    for ($round = 0; $round < 20; $round++) {
        $records = [];
        for ($i = 0; $i < $n; $i++) {
            $seed = ($seed * 1103515245 + 12345) % 2147483648;
            $records[] = [
                'id' => $i,
                'name' => "user \"" . ($seed % 1000) . "\"\t\u{e9}",
                'score' => ($seed % 10000) * 0.25,
                'tags' => ['t' . ($seed % 7), 't' . ($seed % 11)],
                'active' => $seed % 2 == 0,
                'meta' => ['parent' => null, 'depth' => $seed % 5],
            ];
        }
        $text = json_encode($records, JSON_PRESERVE_ZERO_FRACTION);
        $total += strlen($text);
        $back = json_decode($text, true);
        foreach ($back as $r) {
            $checksum = ($checksum * 31 + $r['id'] + (int)$r['score'] + $r['meta']['depth']
                         + strlen($r['name']) + count($r['tags'])) % 1000000007;
        }
    }
    return sprintf("%d %d", $total, $checksum);
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
