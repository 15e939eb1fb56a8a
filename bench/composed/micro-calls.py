# micro-calls, composed: programs/micro-calls.py's loop in Python calling the small functions
# written in PHP (a PHP function declares them, Python takes them from php_global_ns()), so every
# call crosses from Python into PHP, and add_sub's call of add stays inside PHP. (Not one
# compile_php_func per function: add_sub could not see add then, bench/README.md, "Composed
# variants".) Protocol: bench/README.md.
import sys
import time

load_calls = compile_php_func("""
function load_calls()
{
    function inc($x)
    {
        return $x + 1;
    }

    function add($a, $b)
    {
        return $a + $b;
    }

    function add_sub($a, $b, $c)
    {
        return add($a, $b) - $c;
    }
}
""")
load_calls()
inc = php_global_ns().inc
add = php_global_ns().add
add_sub = php_global_ns().add_sub


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
