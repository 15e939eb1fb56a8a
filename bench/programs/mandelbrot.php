<?php
// mandelbrot: the Mandelbrot set on a SIZE x SIZE grid, 50 iterations per point, packed 8 points to
// a byte as in a PBM bitmap (float arithmetic, bit operations); the result is the bitmap's
// checksum. Protocol: bench/README.md.

function row_checksum(int $y, int $n): int
{
    $ci = 2.0 * $y / $n - 1.0;
    $checksum = 0;
    $bits = 0;
    $bit_count = 0;
    for ($x = 0; $x < $n; $x++) {
        $cr = 2.0 * $x / $n - 1.5;
        $zr = $zi = $tr = $ti = 0.0;
        $i = 0;
        while ($i < 50 && $tr + $ti <= 4.0) {
            $zi = 2.0 * $zr * $zi + $ci;
            $zr = $tr - $ti + $cr;
            $tr = $zr * $zr;
            $ti = $zi * $zi;
            $i++;
        }
        $bits = $bits << 1;
        if ($tr + $ti <= 4.0) {
            $bits = $bits | 1;
        }
        $bit_count++;
        if ($bit_count == 8 || $x == $n - 1) {
            $bits = $bits << (8 - $bit_count);
            $checksum = ($checksum * 31 + $bits) % 1000000007;
            $bits = 0;
            $bit_count = 0;
        }
    }
    return $checksum;
}

function bench(int $n): string
{
    $checksum = 0;
    for ($y = 0; $y < $n; $y++) {
        $checksum = ($checksum * 17 + row_checksum($y, $n)) % 1000000007;
    }
    return sprintf("%d", $checksum);
}

function main(array $argv): void
{
    $iterations = (int)($argv[1] ?? 1);
    $size = (int)($argv[2] ?? 100);
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
