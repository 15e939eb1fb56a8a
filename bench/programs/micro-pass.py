# micro-pass: SIZE calls of a small function that is handed a 16-element list and sums it by index;
# the caller changes one element between calls (passing a container, len, indexing). Its composed
# variants pass a PHP array to Python (a view) and a Python list to PHP. Protocol: bench/README.md.
import sys
import time


def total(xs):
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s


def bench(n):
    data = []
    for i in range(16):
        data.append(i * 7 % 16)
    acc = 0
    for i in range(n):
        data[i & 15] = i & 255
        acc = (acc * 3 + total(data)) % 1000000007
    return "%d" % acc


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
