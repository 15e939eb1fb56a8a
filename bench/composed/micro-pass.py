# micro-pass, composed: programs/micro-pass.py's loop in Python handing its list to a PHP function
# on every call: the list reaches PHP as an array-like value with value semantics (no copy unless
# PHP writes), which PHP measures with count() and reads by index. The parameter is untyped because
# the list does not pass an `array` declaration yet (bench/README.md, "Composed variants").
# Protocol: bench/README.md.
import sys
import time

total = compile_php_func("""
function total($xs)
{
    $s = 0;
    $n = count($xs);
    for ($i = 0; $i < $n; $i++) {
        $s += $xs[$i];
    }
    return $s;
}
""")


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
