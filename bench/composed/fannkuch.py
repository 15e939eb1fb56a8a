# fannkuch, composed: programs/fannkuch.py's permutation loop in Python calling the inner
# computation, flips_of, written in PHP: once per permutation the Python list crosses into PHP (an
# array with value semantics), and PHP copies it into an array of its own and flips that. The
# result is the mono variants'. Protocol: bench/README.md.
import sys
import time

flips_of = compile_php_func("""
function flips_of($perm1, $n)
{
    $perm = [];
    for ($i = 0; $i < $n; $i++) {
        $perm[$i] = $perm1[$i];
    }
    $flips = 0;
    $k = $perm[0];
    while ($k != 0) {
        $i = 0;
        $j = $k;
        while ($i < $j) {
            $t = $perm[$i];
            $perm[$i] = $perm[$j];
            $perm[$j] = $t;
            $i++;
            $j--;
        }
        $flips++;
        $k = $perm[0];
    }
    return $flips;
}
""")


def bench(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        flips = flips_of(perm1, n)
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        # The next permutation: rotate the first r+1 elements left until a counter is left.
        while True:
            if r == n:
                return "%d %d" % (checksum, max_flips)
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    result = ""
    for _ in range(iterations):
        t0 = time.perf_counter_ns()
        result = bench(size)
        t1 = time.perf_counter_ns()
        print("@ns", t1 - t0)
    print(result)


main()
