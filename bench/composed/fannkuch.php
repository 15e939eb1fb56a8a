<?php
// fannkuch, composed: programs/fannkuch.php's permutation loop in PHP calling the inner
// computation, flips_of, written in Python: once per permutation the two PHP arrays cross into
// Python as views (by reference, as PyHyp passes them), Python copies one into the other and flips
// it in place. The result is the mono variants'. Protocol: bench/README.md.

compile_py_func_global(<<<'PY'
def flips_of(perm1, perm, n):
    for i in range(n):
        perm[i] = perm1[i]
    flips = 0
    k = perm[0]
    while k != 0:
        i = 0
        j = k
        while i < j:
            t = perm[i]
            perm[i] = perm[j]
            perm[j] = t
            i += 1
            j -= 1
        flips += 1
        k = perm[0]
    return flips
PY);

function bench(int $n): string
{
    $perm1 = range(0, $n - 1);
    $perm = array_fill(0, $n, 0);
    $count = array_fill(0, $n, 0);
    $max_flips = 0;
    $checksum = 0;
    $sign = 1;
    $r = $n;
    while (true) {
        while ($r != 1) {
            $count[$r - 1] = $r;
            $r--;
        }
        $flips = flips_of($perm1, $perm, $n);
        if ($flips > $max_flips) {
            $max_flips = $flips;
        }
        $checksum += $sign * $flips;
        $sign = -$sign;
        // The next permutation: rotate the first r+1 elements left until a counter is left.
        while (true) {
            if ($r == $n) {
                return sprintf("%d %d", $checksum, $max_flips);
            }
            $first = $perm1[0];
            for ($i = 0; $i < $r; $i++) {
                $perm1[$i] = $perm1[$i + 1];
            }
            $perm1[$r] = $first;
            $count[$r]--;
            if ($count[$r] > 0) {
                break;
            }
            $r++;
        }
    }
}

function main(array $argv): void
{
    $iterations = (int)($argv[1] ?? 1);
    $size = (int)($argv[2] ?? 7);
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
