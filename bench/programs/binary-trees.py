# binary-trees: allocate and walk many complete binary trees of node objects, while one long-lived
# tree stays reachable (allocation and garbage collection). SIZE = the largest depth. Protocol:
# bench/README.md.
import sys
import time

MIN_DEPTH = 4


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def bench(max_depth):
    if max_depth < MIN_DEPTH + 2:
        max_depth = MIN_DEPTH + 2
    lines = []
    stretch = max_depth + 1
    lines.append("stretch tree of depth %d check: %d" % (stretch, check(make(stretch))))
    long_lived = make(max_depth)
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        trees = 1 << (max_depth - depth + MIN_DEPTH)
        total = 0
        for _ in range(trees):
            total += check(make(depth))
        lines.append("%d trees of depth %d check: %d" % (trees, depth, total))
    lines.append("long lived tree of depth %d check: %d" % (max_depth, check(long_lived)))
    return "\n".join(lines)


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    result = ""
    for _ in range(iterations):
        t0 = time.perf_counter_ns()
        result = bench(size)
        t1 = time.perf_counter_ns()
        print("@ns", t1 - t0)
    print(result)


main()
