# __slots__: no __dict__, AttributeError for unknown names, unset slots, deletion, slot descriptors
# on the class, conflicts with class variables, and string vs iterable slot declarations.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__, P.x.__name__, P.__slots__)

class S:
    __slots__ = "only"
s = S()
s.only = "one"
print(s.only, S.__slots__)

class L:
    __slots__ = ["a", "b"]
print(sorted(k for k in L.__dict__ if k in ("a", "b")))

try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)

try:
    class BadSlot:
        __slots__ = ("a b",)
except TypeError as e:
    print("TypeError:", e)
try:
    class NumSlot:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)

class Empty:
    __slots__ = ()
e = Empty()
try:
    e.anything = 1
except AttributeError as ex:
    print("AttributeError:", ex)

try:
    vars(p)
except TypeError as ex:
    print("TypeError:", ex)

class Counted:
    __slots__ = ("n",)
    total = 0
    def bump(self):
        self.n = getattr(self, "n", 0) + 1
        Counted.total += 1
c = Counted()
c.bump(); c.bump()
print(c.n, Counted.total)
try:
    c.total = 5
except AttributeError as ex:
    print("AttributeError:", ex)
