<?php
// micro-calls, composed: programs/micro-calls.php's loop in PHP calling the small functions
// written in Python (a module compile_py_mod makes, its functions held in PHP variables), so every
// call crosses from PHP into Python, and add_sub's call of add stays inside Python. (Not
// compile_py_func_global: add_sub could not call add then, bench/README.md, "Composed variants".)
// Protocol: bench/README.md.

$calls = compile_py_mod("calls", <<<'PY'
def inc(x):
    return x + 1


def add(a, b):
    return a + b


def add_sub(a, b, c):
    return add(a, b) - c
PY);

function bench(int $n): string
{
    global $calls;
    $inc = $calls->inc;
    $add = $calls->add;
    $add_sub = $calls->add_sub;
    $total = 0;
    for ($i = 0; $i < $n; $i++) {
        $total = $add($total, $inc($i));
        $total = $add_sub($total, $i, $i);
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
