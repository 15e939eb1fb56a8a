# Properties and inheritance: overriding a property in a subclass, extending with super()'s
# property via fget, a plain attribute in a subclass shadowing a property, properties in class
# hierarchies with setters defined in a base, and cached values in instance dicts.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        print("  Base setter", val)
        self._v = val

class Doubled(Base):
    @property
    def v(self):
        return super().v * 2
    @v.setter
    def v(self, val):
        Base.v.fset(self, val + 100)

class ReadOnlyChild(Base):
    @property
    def v(self):
        return "child " + str(self._v)

class Shadow(Base):
    v = "class attribute"

d = Doubled()
print(d.v)
d.v = 5
print(d.v, d._v)
r = ReadOnlyChild()
print(r.v)
try:
    r.v = 3
except AttributeError as e:
    print("AttributeError:", e)
s = Shadow()
print(s.v)
s.v = "instance attribute now"
print(s.v, Shadow.v)

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def expensive(self):
        if "_cache" not in self.__dict__:
            self.computed += 1
            self._cache = self.computed * 10
        return self._cache
l = Lazy()
print(l.expensive, l.expensive, l.computed)

class ViaFunctions:
    def _get(self):
        return self.__dict__.get("x", "unset")
    def _set(self, v):
        self.__dict__["x"] = v
    def _del(self):
        self.__dict__.pop("x", None)
    x = property(_get, _set, _del, "x doc")
vf = ViaFunctions()
print(vf.x)
vf.x = 3
print(vf.x)
del vf.x
print(vf.x, ViaFunctions.x.__doc__)
print(isinstance(Base.v, property), Doubled.v.fget.__qualname__, Base.__dict__["v"].fset.__name__)
