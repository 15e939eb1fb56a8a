# property: getter/setter/deleter, read-only and write errors, docstrings, property chaining with
# .setter creating a new object, subclass overriding a single accessor, and property on the class.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def kelvin(self):
        return self._c + 273

t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.kelvin.fset, Temp.kelvin.fdel)

p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
print(p1 is p2, p1.fset is None, p2.fset is not None)

class Base:
    @property
    def v(self):
        return "base get"
    @v.setter
    def v(self, x):
        print("base set", x)

class Child(Base):
    @Base.v.getter
    def v(self):
        return "child get"

c = Child()
print(c.v)
c.v = 3
print(Base().v)

class Shadow:
    @property
    def x(self):
        return "prop"
s = Shadow()
s.__dict__["x"] = "inst"
print(s.x)

def getter(self):
    return self.__class__.__name__
class Manual:
    name = property(getter, doc="manual doc")
print(Manual().name, Manual.name.__doc__)

class Lazy:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "getattr:" + name
print(Lazy().broken)
try:
    property(5)()
except TypeError as e:
    print("TypeError:", e)
