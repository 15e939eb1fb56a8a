# micro-methods: method calls on two objects of a class and its subclass through one call site, with
# an explicit call of the base method (dispatch, bound calls, attribute updates). Protocol:
# bench/README.md.
import sys
import time


class Counter:
    def __init__(self):
        self.value = 0
        self.steps = 0

    def add(self, k):
        self.value += k
        self.steps += 1
        return self

    def get(self):
        return self.value


class Doubler(Counter):
    def add(self, k):
        return Counter.add(self, 2 * k)


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
