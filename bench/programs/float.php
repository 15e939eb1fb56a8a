<?php
// float: make SIZE points from sines and cosines, normalize each and fold them into a component-
// wise maximum (float arithmetic, object allocation, property access). Protocol: bench/README.md.

class Point
{
    public $x;
    public $y;
    public $z;

    public function __construct($i)
    {
        $x = sin($i);
        $this->x = $x;
        $this->y = cos($i) * 3;
        $this->z = ($x * $x) / 2;
    }

    public function normalize()
    {
        $norm = sqrt($this->x * $this->x + $this->y * $this->y + $this->z * $this->z);
        $this->x = $this->x / $norm;
        $this->y = $this->y / $norm;
        $this->z = $this->z / $norm;
    }

    public function maximize($other)
    {
        $this->x = $this->x > $other->x ? $this->x : $other->x;
        $this->y = $this->y > $other->y ? $this->y : $other->y;
        $this->z = $this->z > $other->z ? $this->z : $other->z;
        return $this;
    }
}

function bench(int $n): string
{
    $points = [];
    for ($i = 0; $i < $n; $i++) {
        $points[] = new Point($i);
    }
    foreach ($points as $p) {
        $p->normalize();
    }
    $best = $points[0];
    for ($i = 1; $i < $n; $i++) {
        $best = $best->maximize($points[$i]);
    }
    return sprintf("%.9f %.9f %.9f", $best->x, $best->y, $best->z);
}

function main(array $argv): void
{
    $iterations = (int)($argv[1] ?? 1);
    $size = (int)($argv[2] ?? 1000);
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
