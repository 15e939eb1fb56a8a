# Iterator protocol: a class-based iterator and a separate iterable, iter() returning self,
# exhaustion being permanent, zip/enumerate/map over custom iterators, the two-argument iter()
# with a sentinel, and itertools helpers consuming them.
import itertools

class CountDown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountDown(self.n)

c = CountDown(3)
print(list(c), list(c), next(c, "exhausted"))
r = Range2(3)
print(list(r), list(r), sorted(r), sum(r))
print(list(zip(Range2(3), "abc")), list(enumerate(CountDown(2), 1)), list(map(str, Range2(2))))
print(list(itertools.islice(itertools.cycle(Range2(2)), 5)), list(itertools.chain(Range2(1), Range2(2))))
it = iter(Range2(4))
print(next(it), list(itertools.takewhile(lambda v: v > 1, it)), list(it))

lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
a, *rest = CountDown(4)
print(a, rest)
d = dict(zip(Range2(2), CountDown(2)))
print(d, set(Range2(3)), tuple(CountDown(2)), "-".join(map(str, Range2(3))))
print(any(v == 2 for v in Range2(3)), all(v > 0 for v in CountDown(3)), min(Range2(5)), max(CountDown(5)))
