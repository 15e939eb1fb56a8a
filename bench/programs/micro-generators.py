# micro-generators: SIZE values drawn from generators of 100 values each (generator creation,
# resumption, iteration by a for loop). Its composed variants iterate a Python generator with PHP's
# foreach and a PHP generator with Python's for. Protocol: bench/README.md.
import sys
import time


def squares(start, count):
    for i in range(start, start + count):
        yield i * i % 1000


def bench(n):
    total = 0
    for start in range(0, n, 100):
        for x in squares(start, 100):
            total = (total * 7 + x) % 1000000007
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
