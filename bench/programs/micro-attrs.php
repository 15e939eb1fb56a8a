<?php
// micro-attrs: property reads and writes on two objects in a tight loop (instance property access,
// no calls). Protocol: bench/README.md.

class Box
{
    public $a;
    public $b;
    public $c;

    public function __construct($a, $b, $c)
    {
        $this->a = $a;
        $this->b = $b;
        $this->c = $c;
    }
}

function bench(int $n): string
{
    $o = new Box(1, 2, 3);
    $p = new Box(0, 0, 0);
    for ($i = 0; $i < $n; $i++) {
        $o->a = $o->b + $o->c;
        $o->b = $o->a - $o->c + ($i & 1);
        $o->c = $o->a - $o->b + 1;
        $p->a = $p->a + $o->a - $o->b;
        $p->b = $p->c;
        $p->c = $o->c & 255;
    }
    return sprintf("%d %d %d %d %d %d", $o->a, $o->b, $o->c, $p->a, $p->b, $p->c);
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
