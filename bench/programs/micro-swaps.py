# micro-swaps: exchange list elements through a helper that takes the list and two indices (Python's
# counterpart of PHP's by-reference swap), reversing and shuffling a list of SIZE integers, then
# swap two locals through a function returning a pair. Protocol: bench/README.md.
import sys
import time


def swap(a, i, j):
    t = a[i]
    a[i] = a[j]
    a[j] = t


def swapped(x, y):
    return y, x


def bench(n):
    a = list(range(n))
    seed = 1
    for _ in range(4):
        i = 0
        j = n - 1
        while i < j:
            swap(a, i, j)
            i += 1
            j -= 1
        for k in range(n):
            seed = (seed * 1103515245 + 12345) % 2147483648
            swap(a, k, (seed >> 8) % n)
    x = 1
    y = 2
    for k in range(n):
        x, y = swapped(x, y + k)
    checksum = 0
    for k in range(n):
        checksum = (checksum * 31 + a[k] * (k & 15)) % 1000000007
    return "%d %d %d" % (checksum, x, y)


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
