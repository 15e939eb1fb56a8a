<?php
// micro-methods: method calls on two objects of a class and its subclass through one call site,
// with an explicit call of the parent method (dispatch, property updates). Protocol:
// bench/README.md.

class Counter
{
    public $value = 0;
    public $steps = 0;

    public function add($k)
    {
        $this->value += $k;
        $this->steps += 1;
        return $this;
    }

    public function get()
    {
        return $this->value;
    }
}

class Doubler extends Counter
{
    public function add($k)
    {
        return parent::add(2 * $k);
    }
}

function bench(int $n): string
{
    $plain = new Counter();
    $doubler = new Doubler();
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
