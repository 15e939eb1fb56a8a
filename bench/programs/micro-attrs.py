# micro-attrs: attribute reads and writes on two objects in a tight loop (instance attribute access,
# no calls). Protocol: bench/README.md.
import sys
import time


class Box:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c


def bench(n):
    o = Box(1, 2, 3)
    p = Box(0, 0, 0)
    for i in range(n):
        o.a = o.b + o.c
        o.b = o.a - o.c + (i & 1)
        o.c = o.a - o.b + 1
        p.a = p.a + o.a - o.b
        p.b = p.c
        p.c = o.c & 255
    return "%d %d %d %d %d %d" % (o.a, o.b, o.c, p.a, p.b, p.c)


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
