<?php
// micro-generators, composed: programs/micro-generators.php's foreach loops in PHP drawing their
// values from Python generators (one generator per 100 values): creating the generator crosses
// into Python, and so does every resumption. Protocol: bench/README.md.

compile_py_func_global(<<<'PY'
def squares(start, count):
    for i in range(start, start + count):
        yield i * i % 1000
PY);

function bench(int $n): string
{
    $total = 0;
    for ($start = 0; $start < $n; $start += 100) {
        foreach (squares($start, 100) as $x) {
            $total = ($total * 7 + $x) % 1000000007;
        }
    }
    return sprintf("%d", $total);
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
