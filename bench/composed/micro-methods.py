# micro-methods, composed: programs/micro-methods.py's loop in Python calling methods of PHP objects
# (a PHP function declares the classes, Python instantiates them through php_global_ns()), so every
# method call crosses from Python into PHP, the subclass's parent:: call stays in PHP, and Python
# reads the objects' properties at the end. Protocol: bench/README.md.
import sys
import time

load_counters = compile_php_func("""
function load_counters()
{
    class Counter
    {
        public $value = 0;
        public $steps = 0;

        public function add($k)
        {
            $this->value += $k;
            $this->steps += 1;
            return $this;
        }

        public function get()
        {
            return $this->value;
        }
    }

    class Doubler extends Counter
    {
        public function add($k)
        {
            return parent::add(2 * $k);
        }
    }
}
""")
load_counters()
Counter = php_global_ns().Counter
Doubler = php_global_ns().Doubler


def bench(n):
    plain = Counter()
    doubler = Doubler()
    both = [plain, doubler]
    for i in range(n):
        both[i & 1].add(i)
        plain.add(1)
    return "%d %d %d %d" % (plain.get(), doubler.get(), plain.steps, doubler.steps)


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
