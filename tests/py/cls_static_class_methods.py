# classmethod and staticmethod: binding on class and instance, inheritance (cls is the subclass),
# alternative constructors, __func__, calling through the descriptor, and wrapping callables.
class Point:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def from_str(cls, s):
        return cls(*map(int, s.split(",")))
    @staticmethod
    def dist(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"

class Point3(Point):
    pass

print(Point.origin(), Point3.origin(), Point3.from_str("3,4"))
print(Point.dist(Point(1, 1), Point(4, 5)), Point(0, 0).dist(Point(0, 0), Point(2, 2)))
print(Point.count)

cm = Point.__dict__["origin"]
sm = Point.__dict__["dist"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, Point3), sm.__get__(None, Point) is sm.__func__)
bound = Point.origin
print(bound.__self__ is Point, bound.__func__ is cm.__func__)
print(Point(1, 2).origin.__self__ is Point)

class Counter:
    @staticmethod
    def helper():
        return "helper"
    def use(self):
        return self.helper() + "/" + Counter.helper()
print(Counter().use())

print(staticmethod(len)("abc"), callable(staticmethod(len)))
cm2 = classmethod(lambda cls, v: (cls.__name__, v))
class Holder:
    make = cm2
print(Holder.make(1), Holder().make(2))

try:
    classmethod(5).__get__(None, int)()
except TypeError as e:
    print("TypeError:", e)

class Chain:
    @classmethod
    @property
    def name(cls):
        return "name of " + cls.__name__
print(Chain.name)

class Inst:
    def m(self):
        return self
i = Inst()
print(Inst.m(i) is i, i.m.__self__ is i, i.m.__func__ is Inst.m)
try:
    Inst.m()
except TypeError as e:
    print("TypeError:", e)
print(i.m == i.m, i.m is i.m)
