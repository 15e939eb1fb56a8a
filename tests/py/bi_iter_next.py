# iter (including the sentinel form), next with default, and iterator protocols.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e.args))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
import io
lines = io.StringIO("a\nb\n\nc\n")
print(list(iter(lines.readline, "\n")))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(Seq()), list(iter(Seq())), 4 in Seq(), list(zip(Seq(), "abc")))
for bad in [lambda: iter(5), lambda: next([1]), lambda: iter(tick, 1, 2), lambda: iter(5, 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di))
s = iter("xy")
print(iter(s) is s, list(s), list(s))
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
gen = (i for i in range(2))
print(next(gen), next(gen), next(gen, "exhausted"))
