# enumerate, zip, map, filter, reversed, collections.deque, bytearray and itertools' types can be
# subclassed from Python, as in CPython: the instances iterate as their base, keep their class,
# and methods added or overridden in the subclass apply.
import collections
import itertools


class E(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i * 10, x


e = E("ab", 1)
print(type(e).__name__, iter(e) is e, list(e), isinstance(e, enumerate))


class Plain(enumerate):
    pass


p = Plain(["x", "y"])
print(next(p), list(p), iter(p) is p)


class Z(zip):
    extra = 1


print(list(Z([1, 2], "ab")), Z((), ()).extra)


class M(map):
    pass


class F(filter):
    pass


print(list(M(abs, [-1, 2])), list(F(None, [0, 1, 2])))


class R(reversed):
    pass


print(list(R([1, 2, 3])), list(R("abc")))


class D(collections.deque):
    def __init__(self, n, fill=0):
        super().__init__([fill] * n, maxlen=n + 1)
        self.n = n


d = D(3, fill=7)
d.append(1)
d.append(2)
print(type(d).__name__, list(d), d.maxlen, d.n, len(d), d[0], 7 in d)
d2 = collections.deque([1, 2, 3], 5)
d2.__init__("ab")
print(d2, d2.maxlen)


class Plaind(collections.deque):
    pass


pd = Plaind([1, 2], 4)
pd.appendleft(0)
print(list(pd), pd.maxlen, isinstance(pd, collections.deque), pd == collections.deque([0, 1, 2]))


class BA(bytearray):
    def hexed(self):
        return self.hex()


b = BA(b"hi")
b.append(33)
b += b"?"
print(type(b).__name__, bytes(b), b.hexed(), len(b), b[0], b.upper())
b2 = bytearray(b"abc")
b2.__init__(b"xy")
print(b2, BA(3), BA("é", "utf-8"))


class C(itertools.count):
    def __next__(self):
        return -super().__next__()


c = C(5)
print(next(c), next(c), isinstance(c, itertools.count))


class Ch(itertools.chain):
    pass


print(list(Ch([1], (2, 3))), list(itertools.islice(Ch("ab", "c"), 2)))


class Rep(itertools.repeat):
    pass


print(list(Rep("z", 3)))


class Cy(itertools.cycle):
    pass


print(list(itertools.islice(Cy("ab"), 5)))
try:
    class Bad(range):
        pass
except TypeError as exc:
    print("TypeError", exc)


class FS(frozenset):
    pass


class T(tuple):
    pass


print(repr(d), repr(pd), repr(FS([1])), repr(FS()), repr(T((1,))), repr(C(2)), repr(b))
