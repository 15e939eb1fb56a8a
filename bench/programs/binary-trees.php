<?php
// binary-trees: allocate and walk many complete binary trees of node objects, while one long-lived
// tree stays reachable (allocation and garbage collection). SIZE = the largest depth. Protocol:
// bench/README.md.

const MIN_DEPTH = 4;

class Node
{
    public $left;
    public $right;

    public function __construct($left, $right)
    {
        $this->left = $left;
        $this->right = $right;
    }
}

function make(int $depth): Node
{
    if ($depth == 0) {
        return new Node(null, null);
    }
    return new Node(make($depth - 1), make($depth - 1));
}

function check(Node $node): int
{
    if ($node->left === null) {
        return 1;
    }
    return 1 + check($node->left) + check($node->right);
}

function bench(int $max_depth): string
{
    if ($max_depth < MIN_DEPTH + 2) {
        $max_depth = MIN_DEPTH + 2;
    }
    $lines = [];
    $stretch = $max_depth + 1;
    $lines[] = sprintf("stretch tree of depth %d check: %d", $stretch, check(make($stretch)));
    $long_lived = make($max_depth);
    for ($depth = MIN_DEPTH; $depth <= $max_depth; $depth += 2) {
        $trees = 1 << ($max_depth - $depth + MIN_DEPTH);
        $total = 0;
        for ($i = 0; $i < $trees; $i++) {
            $total += check(make($depth));
        }
        $lines[] = sprintf("%d trees of depth %d check: %d", $trees, $depth, $total);
    }
    $lines[] = sprintf("long lived tree of depth %d check: %d", $max_depth, check($long_lived));
    return implode("\n", $lines);
}

function main(array $argv): void
{
    $iterations = (int)($argv[1] ?? 1);
    $size = (int)($argv[2] ?? 10);
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
