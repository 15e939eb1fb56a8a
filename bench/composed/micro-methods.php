<?php
// micro-methods, composed: programs/micro-methods.php's loop in PHP calling methods of Python
// objects (the classes come from a module compile_py_mod makes; calling a Python class from PHP
// instantiates it), so every method call crosses from PHP into Python, the subclass's explicit
// base-method call stays in Python, and PHP reads the objects' attributes at the end. Protocol:
// bench/README.md.

$counters = compile_py_mod("counters", <<<'PY'
class Counter:
    def __init__(self):
        self.value = 0
        self.steps = 0

    def add(self, k):
        self.value += k
        self.steps += 1
        return self

    def get(self):
        return self.value


class Doubler(Counter):
    def add(self, k):
        return Counter.add(self, 2 * k)
PY);

function bench(int $n): string
{
    global $counters;
    $plain = ($counters->Counter)();
    $doubler = ($counters->Doubler)();
    $both = [$plain, $doubler];
    for ($i = 0; $i < $n; $i++) {
        $both[$i & 1]->add($i);
        $plain->add(1);
    }
    return sprintf("%d %d %d %d", $plain->get(), $doubler->get(), $plain->steps, $doubler->steps);
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
