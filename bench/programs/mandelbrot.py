# mandelbrot: the Mandelbrot set on a SIZE x SIZE grid, 50 iterations per point, packed 8 points to
# a byte as in a PBM bitmap (float arithmetic, bit operations); the result is the bitmap's checksum.
# Protocol: bench/README.md.
import sys
import time


def row_checksum(y, n):
    ci = 2.0 * y / n - 1.0
    checksum = 0
    bits = 0
    bit_count = 0
    for x in range(n):
        cr = 2.0 * x / n - 1.5
        zr = zi = tr = ti = 0.0
        i = 0
        while i < 50 and tr + ti <= 4.0:
            zi = 2.0 * zr * zi + ci
            zr = tr - ti + cr
            tr = zr * zr
            ti = zi * zi
            i += 1
        bits = bits << 1
        if tr + ti <= 4.0:
            bits = bits | 1
        bit_count += 1
        if bit_count == 8 or x == n - 1:
            bits = bits << (8 - bit_count)
            checksum = (checksum * 31 + bits) % 1000000007
            bits = 0
            bit_count = 0
    return checksum


def bench(n):
    checksum = 0
    for y in range(n):
        checksum = (checksum * 17 + row_checksum(y, n)) % 1000000007
    return "%d" % checksum


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    result = ""
    for _ in range(iterations):
        t0 = time.perf_counter_ns()
        result = bench(size)
        t1 = time.perf_counter_ns()
        print("@ns", t1 - t0)
    print(result)


main()
