# namedtuple and tuple subclasses: fields, defaults, methods, pattern matching, formatting.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
P3 = namedtuple("P3", "x y z", defaults=[0])
p = Point(1, 2)
q = P3(1, 2)
print(p, q, p.x + q.z, p._fields, P3._field_defaults, p._asdict(), q._replace(z=9))
print(p == (1, 2), tuple(p), list(q), p[0], p[-1], len(q), Point._make(range(2)), hash(p) == hash((1, 2)))
x, y = p
print(x, y, "%s %s" % p, "{0.x}-{0.y}".format(p), f"{p}")
match p:
    case Point(x=1, y=yy):
        print("matched y", yy)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
pr = Pair(1, "a")
print(pr, pr.swap(), isinstance(pr, tuple), pr + (3,), type(pr + (3,)).__name__, pr * 2)
