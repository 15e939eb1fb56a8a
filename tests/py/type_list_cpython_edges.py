# list behaviours CPython's test_list checks: in-place operator methods, comparisons and
# searches whose __eq__ changes the list, sort() seeing an empty list, index() bounds,
# error messages, tuple * 1, list subclasses with their own __new__, iterator pickling.
import pickle
import sys
from functools import cmp_to_key


def show(f):
    try:
        print(f())
    except (TypeError, ValueError, MemoryError, OverflowError) as e:
        print(type(e).__name__, e)


x = [1]
print(x.__iadd__([2]), x.__imul__(2), x)
show(lambda: x.__iadd__(None))
s = {1, 2}
print(s.__ior__({3}), s.__iand__({1, 3}), s.__isub__({3}), s.__ixor__({5}), s.__ior__([1]))
d = {1: 2}
print(d.__ior__({3: 4}), hasattr((), "__iadd__"), hasattr(frozenset(), "__ior__"))


class L(list):
    pass


sub = L([1])
print(sub.__iadd__([5]) is sub, sub)


class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


list1, list2 = [X()], [Y()]
print(list1 == list2, list1, list2)
print([1, 2] == [1, 2, 3], (1, 2) < (1, 2, 3))


class Shrink:
    def __eq__(self, other):
        big.clear()
        return False


big = [Shrink(), 1, 2]
print(3 in big, big)
big = [Shrink(), 1, 2]
show(lambda: big.index(2))
print([0, 1, 0].index(0, -4 * sys.maxsize, 4 * sys.maxsize), (5, 6).index(6, 1, 10 ** 30))
show(lambda: [1].index(1, None))
seen = []
z = list(range(6))
z.sort(key=lambda v: seen.append(len(z)) or -v)
print(z, seen)


def modifying(a, b):
    z.append(1)
    return (a > b) - (a < b)


show(lambda: z.sort(key=cmp_to_key(modifying)))
print(len(z))
show(lambda: [].__setitem__("a", 1))
half = 1.5
show(lambda: [][half])
show(lambda: [].__delitem__("a"))
t = (1, 2)
print(t * 1 is t, t * 2, tuple.__itemsize__, int.__itemsize__, list.__itemsize__)
show(lambda: [0] * (sys.maxsize // 2))


class WithNew(list):
    def __new__(cls, seq, extra=None):
        self = super().__new__(cls, seq)
        self.extra = extra
        return self


w = WithNew([1, 2], extra=3)
print(type(w).__name__, list(w), w.extra)
show(lambda: L([1], extra=3))
orig = [4, 5, 6, 7]
for make in (iter, reversed):
    it = make(orig)
    next(it)
    print(it.__reduce__()[1:], end=" ")
    copy = pickle.loads(pickle.dumps((it, orig)))
    copy[1][:] = [10, 11, 12, 13, 14, 15]
    print(list(copy[0]))
it = iter("héllo")
next(it), next(it)
print(it.__reduce__()[1:], pickle.loads(pickle.dumps(it)).__next__())
print(iter.__reduce__(), [].append.__reduce__()[1], pickle.loads(pickle.dumps(len)) is len)
