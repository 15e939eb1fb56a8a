# tuple: construction, immutability, hashing, comparison, methods, nested unpacking.
t = (1, 2, 3, 2)
print(t, t.count(2), t.index(2), t.index(2, 2), len(t), t[1:], t[::-1], t[-1], 2 in t)
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}), type((1)).__name__, type((1,)).__name__)
print((1, 2) + (3,), (0,) * 3, 3 * (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 5), (1, 2) == (1, 2), (1,) == [1])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)], {(1, (2, 3))})
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
try:
    t[10]
except IndexError as e:
    print("IndexError", e)
x = ([1], 2)
x[0].append(3)
print(x)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
s = ()
s += (1,)
print(s, max((3, 1, 2)), min(("b", "a")), sum((1, 2, 3)), sorted((3, 1, 2)), tuple(reversed((1, 2))))
print(repr((1,)), repr(("a", None)), str(((),)), (1, 2).__getitem__(0), tuple.__name__, isinstance((), tuple))
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, isinstance(p, tuple), p == (1, 2), P._make([3, 4]))
