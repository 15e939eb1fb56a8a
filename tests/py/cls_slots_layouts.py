# __slots__ layouts: no __dict__ unless asked for, __weakref__, slots in subclasses, slot names
# shadowing class attributes (ValueError), read-only class attribute errors, default values via
# class attributes impossible, and properties over slots.
import weakref

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p.x, p.y, p.norm, hasattr(p, "__dict__"), Point.__slots__, type(Point.x).__name__)
for action in (lambda: setattr(p, "z", 1), lambda: weakref.ref(p), lambda: Point(1, 2).__dict__):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)

class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"), [c.__name__ for c in Point3.__mro__])

class Loose(Point):
    pass
l = Loose(5, 6)
l.extra = "ok"
print(l.__dict__, l.x)

class WithDict:
    __slots__ = ("a", "__dict__", "__weakref__")
w = WithDict()
w.a, w.b = 1, 2
print(w.a, w.__dict__, weakref.ref(w)() is w)

try:
    class Clash:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)
try:
    class Twice:
        __slots__ = ("a", "a")
    print("duplicate slots allowed:", Twice.__slots__)
except TypeError as e:
    print("TypeError:", e)

class Config:
    __slots__ = ("_values",)
    def __init__(self, **kw):
        object.__setattr__(self, "_values", dict(kw))
    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
    def __setattr__(self, name, value):
        raise AttributeError(f"Config is read-only (tried {name})")
c = Config(debug=True, level=3)
print(c.debug, c.level)
for action in (lambda: c.missing, lambda: setattr(c, "debug", False)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(sorted(n for n in dir(Point) if not n.startswith("__")))
