# micro-walk: walk a list of SIZE integers ten times: iterate it, rewrite every element by index,
# and read it backwards (list iteration, indexing, stores). Protocol: bench/README.md.
import sys
import time


def bench(n):
    data = []
    for i in range(n):
        data.append((i * 7) % 1000)
    total = 0
    for _ in range(10):
        for x in data:
            total += x
        for i in range(len(data)):
            data[i] = (data[i] + 1) & 1023
        i = n - 1
        while i >= 0:
            total += data[i] * (i & 3)
            i -= 1
    return "%d %d" % (total, data[n // 2])


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
