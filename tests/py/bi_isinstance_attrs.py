# isinstance/issubclass with tuples, getattr/setattr/delattr/hasattr, callable, id, hash.
class Base: pass
class Child(Base): pass
class Other: pass
c = Child()
print(isinstance(c, Child), isinstance(c, Base), isinstance(c, Other), isinstance(c, (Other, Base)), isinstance(c, ((Other,), (Child,))))
print(issubclass(Child, Base), issubclass(Base, Child), issubclass(Child, (Other, Child)), issubclass(bool, (int, str)), issubclass(Child, object))
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance(True, int), isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, (int, 1)) and issubclass(str, (int, 1))]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
o = Other()
setattr(o, "x", 1)
setattr(o, "with space", 2)
print(getattr(o, "x"), getattr(o, "with space"), getattr(o, "missing", "dflt"), hasattr(o, "x"), hasattr(o, "nope"), vars(o))
delattr(o, "x")
print(hasattr(o, "x"), getattr(o, "x", None))
for bad in [lambda: getattr(o, "zz"), lambda: delattr(o, "zz"), lambda: getattr(o, 5), lambda: setattr(1, "a", 2), lambda: getattr()]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Prop:
    @property
    def boom(self):
        raise ValueError("inside property")
    @property
    def missing(self):
        raise AttributeError("really missing")
p = Prop()
print(hasattr(p, "missing"), getattr(p, "missing", "fallback"))
try:
    hasattr(p, "boom")
except ValueError as e:
    print("ValueError propagates:", e)
print(callable(len), callable(Prop), callable(p), callable(lambda: 0), callable(1), callable(Prop.boom), callable(print))
class Call:
    def __call__(self):
        return "called"
print(callable(Call()), Call()())
a, b = object(), object()
print(id(a) == id(a), id(a) != id(b), isinstance(id(a), int), hash(1) == hash(1.0), hash("s") == hash("s"), hash((1, "a")) == hash((1, "a")))
print(hash(None) == hash(None), hash(True) == 1, hash(0.5), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(float("inf")))
for unh in [[], {}, set(), bytearray()]:
    try:
        hash(unh)
    except TypeError as e:
        print("TypeError", e)
class H:
    def __hash__(self):
        return 2 ** 70
class NoHash:
    __hash__ = None
print(hash(H()) == hash(2 ** 70))
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
