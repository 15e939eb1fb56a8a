<?php
// micro-pass, composed: programs/micro-pass.php's loop in PHP handing its array to a Python
// function on every call: the array reaches Python as a view (by reference, no copy), which Python
// measures with len() and reads by index. Protocol: bench/README.md.

compile_py_func_global(<<<'PY'
def total(xs):
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s
PY);

function bench(int $n): string
{
    $data = [];
    for ($i = 0; $i < 16; $i++) {
        $data[] = $i * 7 % 16;
    }
    $acc = 0;
    for ($i = 0; $i < $n; $i++) {
        $data[$i & 15] = $i & 255;
        $acc = ($acc * 3 + total($data)) % 1000000007;
    }
    return sprintf("%d", $acc);
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
