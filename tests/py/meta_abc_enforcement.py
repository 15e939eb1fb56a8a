# abc: abstract methods, properties and classmethods blocking instantiation until overridden,
# register() for virtual subclasses, __subclasshook__, and the error message listing methods.
from abc import ABC, ABCMeta, abstractmethod
import collections.abc

class Storage(ABC):
    @abstractmethod
    def read(self, key): ...
    @abstractmethod
    def write(self, key, value): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def create(cls): ...
    def copy(self, src, dst):
        self.write(dst, self.read(src))

for cls in (Storage,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

class Partial(Storage):
    def read(self, key):
        return self.data[key]
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)

class Memory(Partial):
    def __init__(self):
        self.data = {}
    def write(self, key, value):
        self.data[key] = value
    @property
    def name(self):
        return "memory"
    @classmethod
    def create(cls):
        return cls()

m = Memory.create()
m.write("a", 1)
m.copy("a", "b")
print(m.name, m.data, isinstance(m, Storage), sorted(Storage.__abstractmethods__))
print(sorted(Memory.__abstractmethods__), Partial.__abstractmethods__ == frozenset({"write", "name", "create"}))

class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented

print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized))

class External:
    def read(self, key):
        return key
Storage.register(External)
print(issubclass(External, Storage), isinstance(External(), Storage), External.__mro__[1].__name__)

class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = Seq(3, 1, 4, 1)
print(list(s), s.index(4), s.count(1), 1 in s, list(reversed(s)), isinstance(s, collections.abc.Iterable))
try:
    class Bad(collections.abc.Mapping):
        pass
    Bad()
except TypeError as e:
    print("TypeError:", e)
