<?php
// mandelbrot, composed: programs/mandelbrot.php's loops over rows and points in PHP, with the
// escape-time iteration of each point written in Python, as in PyHyp's composed mandel: one call
// from PHP into Python per point, floats crossing both ways. The result is the mono variants'.
// Protocol: bench/README.md.

// 1 if the point cr + ci*i stays within radius 2 for 50 iterations, else 0.
compile_py_func_global(<<<'PY'
def in_set(cr, ci):
    zr = zi = tr = ti = 0.0
    i = 0
    while i < 50 and tr + ti <= 4.0:
        zi = 2.0 * zr * zi + ci
        zr = tr - ti + cr
        tr = zr * zr
        ti = zi * zi
        i += 1
    return 1 if tr + ti <= 4.0 else 0
PY);

function row_checksum(int $y, int $n): int
{
    $ci = 2.0 * $y / $n - 1.0;
    $checksum = 0;
    $bits = 0;
    $bit_count = 0;
    for ($x = 0; $x < $n; $x++) {
        $cr = 2.0 * $x / $n - 1.5;
        $bits = ($bits << 1) | in_set($cr, $ci);
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
