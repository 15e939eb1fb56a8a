<?php
// spectral-norm: the largest singular value of an infinite matrix's SIZE x SIZE corner by the power
// method (float arithmetic, nested loops, small function calls). Protocol: bench/README.md.

function a(int $i, int $j): float
{
    return 1.0 / (intdiv(($i + $j) * ($i + $j + 1), 2) + $i + 1);
}

function times_a(array $u, int $n): array
{
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $s = 0.0;
        for ($j = 0; $j < $n; $j++) {
            $s += a($i, $j) * $u[$j];
        }
        $out[] = $s;
    }
    return $out;
}

function times_at(array $u, int $n): array
{
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $s = 0.0;
        for ($j = 0; $j < $n; $j++) {
            $s += a($j, $i) * $u[$j];
        }
        $out[] = $s;
    }
    return $out;
}

function times_ata(array $u, int $n): array
{
    return times_at(times_a($u, $n), $n);
}

function bench(int $n): string
{
    $u = array_fill(0, $n, 1.0);
    $v = $u;
    for ($k = 0; $k < 10; $k++) {
        $v = times_ata($u, $n);
        $u = times_ata($v, $n);
    }
    $vbv = $vv = 0.0;
    for ($i = 0; $i < $n; $i++) {
        $vbv += $u[$i] * $v[$i];
        $vv += $v[$i] * $v[$i];
    }
    return sprintf("%.9f", ($vbv / $vv) ** 0.5);
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
