# micro-closures: make and call closures: a fresh one per step, four long-lived ones through a list,
# and one that updates a captured variable (nonlocal). Protocol: bench/README.md.
import sys
import time


def make_adder(k):
    def adder(x):
        return x + k
    return adder


def make_counter():
    count = 0

    def bump(step):
        nonlocal count
        count += step
        return count
    return bump


def bench(n):
    adders = [make_adder(0), make_adder(1), make_adder(2), make_adder(3)]
    bump = make_counter()
    total = 0
    for i in range(n):
        total = adders[i & 3](total)
        fresh = make_adder(i & 7)
        total = fresh(total) - (i & 7)
        bump(i & 1)
    return "%d %d" % (total, bump(0))


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    result = ""
    for _ in range(iterations):
        t0 = time.perf_counter_ns()
        result = bench(size)
        t1 = time.perf_counter_ns()
        print("@ns", t1 - t0)
    print(result)


main()
