# abc: abstract methods block instantiation (with CPython's message), concrete subclasses work,
# abstract properties/classmethods/staticmethods, register() for virtual subclasses,
# __subclasshook__, and collections.abc checks on user classes.
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return "%s with area %s" % (self.name(), self.area())

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return "square"
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)

class WithProp(ABC):
    @property
    @abstractmethod
    def value(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
try:
    WithProp()
except TypeError as e:
    print("TypeError:", e)
class Impl(WithProp):
    value = 5
    @classmethod
    def make(cls):
        return cls()
print(Impl.make().value)

class Duck:
    def __len__(self):
        return 0
print(isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Iterable), issubclass(Duck, cabc.Sized))

class Virtual(ABC):
    pass
class Unrelated:
    pass
Virtual.register(Unrelated)
print(isinstance(Unrelated(), Virtual), issubclass(Unrelated, Virtual), Unrelated.__mro__[1:])
print(Virtual.register(int) is int, isinstance(3, Virtual))

class Hooked(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"):
            return True
        return NotImplemented
class Quacker:
    def quack(self): pass
print(isinstance(Quacker(), Hooked), isinstance(1, Hooked), type(Hooked).__name__)

class MyMapping(cabc.Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
m = MyMapping({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "b" in m, list(m.keys()), list(m.items()), m == {"a": 1, "b": 2})
try:
    cabc.Sequence()
except TypeError as e:
    print("TypeError:", e)
