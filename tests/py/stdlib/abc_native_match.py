# abc: ABCMeta on the native _abc (abstract methods, register, __subclasshook__, caches and
# their invalidation, weak registries), and match statements on sequences and mappings that are
# not lists, tuples or dicts (deque, registered and derived classes, Mapping subclasses).
import abc
import collections
import collections.abc as cabc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...

    def describe(self):
        return f"{self.name}: {self.area():.2f}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    @property
    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe())


class Drawable(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Pen:
    def draw(self):
        return "line"


class Rock:
    pass


print(isinstance(Pen(), Drawable), issubclass(Rock, Drawable), isinstance(Rock(), Drawable))
token = abc.get_cache_token()
Drawable.register(Rock)
print(abc.get_cache_token() - token, issubclass(Rock, Drawable), isinstance(Rock(), Drawable))
print(Drawable.register(Pen) is Pen)
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)


class Base(abc.ABC):
    pass


class Derived(Base):
    pass


try:
    Derived.register(Base)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    issubclass(3, Base)
except TypeError as e:
    print("TypeError:", e)


class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42


try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)

# registration is transitive through registered ABCs and subclasses
class Animal(abc.ABC):
    pass


class Pet(abc.ABC):
    pass


class Dog:
    pass


class Puppy(Dog):
    pass


Pet.register(Dog)
Animal.register(Pet)
print(issubclass(Puppy, Animal), isinstance(Puppy(), Pet), issubclass(int, Animal))


# the standard ABCs
print([isinstance(x, cabc.Sequence) for x in ([], (), "s", range(3), collections.deque(), {}, set())])
print([isinstance(x, cabc.Mapping) for x in ({}, collections.OrderedDict(), collections.Counter(), [], set())])
print([issubclass(t, cabc.Hashable) for t in (int, list, tuple, dict, frozenset)])
print([isinstance(x, cabc.Iterable) for x in ([], 3, "x", iter([]), (i for i in ()))])
print(isinstance(iter([]), cabc.Iterator), callable(len))
print(sorted(cabc.MutableMapping.__abstractmethods__))


class Registry(cabc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class Row(cabc.Sequence):
    def __init__(self, *xs):
        self._xs = xs

    def __getitem__(self, i):
        return self._xs[i]

    def __len__(self):
        return len(self._xs)


class Plain:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10


class Registered(Plain):
    pass


cabc.Sequence.register(Registered)


class MyList(list):
    pass


def classify(x):
    match x:
        case {"kind": "point", "x": px, **rest}:
            return f"point {px} rest={sorted(rest.items())}"
        case {"kind": k}:
            return f"kind {k}"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *others]:
            return f"seq {first} +{len(others)}"
        case str() | bytes():
            return "text"
        case _:
            return "other"


for value in (
    {"kind": "point", "x": 1, "y": 2},
    Registry(kind="point", x=5, z=0),
    Registry(kind="line"),
    collections.OrderedDict(kind="circle"),
    collections.defaultdict(int, kind="dd"),
    [1, 2],
    (1, 2, 3),
    collections.deque([7, 8]),
    Row(4, 5, 6),
    MyList([9, 10]),
    range(2),
    memoryview(b"ab"),
    Plain(),
    Registered(),
    "ab",
    b"ab",
    bytearray(b"ab"),
    3,
):
    print(type(value).__name__, classify(value))
