# micro-calls: small plain function calls, one, two and three arguments deep, SIZE times (call and
# return overhead). Protocol: bench/README.md.
import sys
import time


def inc(x):
    return x + 1


def add(a, b):
    return a + b


def add_sub(a, b, c):
    return add(a, b) - c


def bench(n):
    total = 0
    for i in range(n):
        total = add(total, inc(i))
        total = add_sub(total, i, i)
    return "%d" % total


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
