# mandelbrot, composed: programs/mandelbrot.py's loops over rows and points in Python, with the
# escape-time iteration of each point written in PHP: one call from Python into PHP per point,
# floats crossing both ways. The result is the mono variants'. Protocol: bench/README.md.
import sys
import time

# 1 if the point cr + ci*i stays within radius 2 for 50 iterations, else 0.
in_set = compile_php_func("""
function in_set($cr, $ci)
{
    $zr = $zi = $tr = $ti = 0.0;
    $i = 0;
    while ($i < 50 && $tr + $ti <= 4.0) {
        $zi = 2.0 * $zr * $zi + $ci;
        $zr = $tr - $ti + $cr;
        $tr = $zr * $zr;
        $ti = $zi * $zi;
        $i++;
    }
    return $tr + $ti <= 4.0 ? 1 : 0;
}
""")


def row_checksum(y, n):
    ci = 2.0 * y / n - 1.0
    checksum = 0
    bits = 0
    bit_count = 0
    for x in range(n):
        cr = 2.0 * x / n - 1.5
        bits = (bits << 1) | in_set(cr, ci)
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
