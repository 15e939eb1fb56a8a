# The sequence protocol fallbacks: iteration through __getitem__ with IndexError as the end,
# `in` through __contains__, then __iter__, then __getitem__; __iter__ = None disables
# iteration; iter() of non-iterables; iter(callable, sentinel).
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(Seq()), 20 in Seq(), 25 in Seq(), list(reversed([*Seq()])))
it = iter(Seq())
print(type(it).__name__, next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")

class KeyErrSeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrSeq())
except KeyError as e:
    print("KeyError:", e)

class Contains:
    def __contains__(self, x):
        print("  __contains__", x)
        return x == "yes"
    def __iter__(self):
        print("  __iter__ (not used by in)")
        return iter([])
print("yes" in Contains(), "no" not in Contains())

class IterOnly:
    def __iter__(self):
        print("  __iter__")
        yield 1
        yield 2
print(2 in IterOnly(), 3 in IterOnly())

class ContainsTruthy:
    def __contains__(self, x):
        return [x]
print(1 in ContainsTruthy(), 1 not in ContainsTruthy())

class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)

class NotIterable:
    pass
for f in (lambda: iter(NotIterable()), lambda: 1 in NotIterable(), lambda: list(5),
          lambda: next([1, 2])):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)

class SelfIter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
s = SelfIter()
print(list(s), list(s), iter(s) is s)

count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
a, b, *rest = Seq()
print(a, b, rest, sum(Seq()), max(Seq()), sorted(Seq(), reverse=True), dict(enumerate(Seq())))
