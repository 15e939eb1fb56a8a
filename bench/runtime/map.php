<?php
// bench/runtime/map.php: PHP's side of `make bench-runtime` (bench/runtime/run): the same work as
// bench/runtime/map.c does on pyhyp's map, on an array: insert, look up, then delete n keys.
// Usage: php -n map.php KIND N   prints "insert lookup delete checksum" (CPU seconds). The kinds
// (bench/runtime/run lists them): int (scattered ints), seq (0..N-1 in order), str ("key<i>" in
// order), strx (the same strings in a scrambled order).

function keys_for(string $kind, int $n): array
{
    $keys = [];
    for ($i = 0; $i < $n; $i++)
        $keys[] = match ($kind) {
            'int' => ($i * 2654435761) & 0xFFFFFFFF,
            'seq' => $i,
            'str' => "key$i",
            'strx' => 'key' . ($i * 999983 % $n),
        };
    return $keys;
}

/* CPU seconds (user + system) of this process: the machine is shared. */
function clock(): float
{
    $r = getrusage();
    return $r['ru_utime.tv_sec'] + $r['ru_stime.tv_sec']
        + ($r['ru_utime.tv_usec'] + $r['ru_stime.tv_usec']) / 1e6;
}

function bench(array $keys): void
{
    $a = [];
    $t0 = clock();
    foreach ($keys as $k)
        $a[$k] = 1;
    $t1 = clock();
    $s = 0;
    foreach ($keys as $k)
        $s += $a[$k];
    $t2 = clock();
    foreach ($keys as $k)
        unset($a[$k]);
    $t3 = clock();
    printf("%.6f %.6f %.6f %d\n", $t1 - $t0, $t2 - $t1, $t3 - $t2,
           $s + count($a));
}

bench(keys_for($argv[1], (int)$argv[2]));
