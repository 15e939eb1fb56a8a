# __hash__ and __eq__: defining __eq__ alone makes a class unhashable, __hash__ = None,
# inheriting __hash__ explicitly, hash of equal objects in sets/dicts, __hash__ results that are
# not ints, hash(-1) == -2, and the TypeError messages.
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)

class Keep:
    def __eq__(self, o):
        return isinstance(o, Keep)
    __hash__ = object.__hash__
k = Keep()
print(hash(k) == object.__hash__(k), len({Keep(), Keep()}))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, {Point(0, 0): "origin"}[Point(0, 0)])

class Child(Point):
    pass
print(hash(Child(1, 2)) == hash(Point(1, 2)))
class ChildEq(Point):
    def __eq__(self, o):
        return False
try:
    hash(ChildEq(1, 2))
except TypeError as e:
    print("TypeError:", e)

class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(isinstance(NoHash(), __import__("collections.abc").abc.Hashable))

class StrHash:
    def __hash__(self):
        return "x"
try:
    hash(StrHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()), hash(-1), hash(-2))
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))

for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
