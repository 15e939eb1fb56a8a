class Base:
    count = 0
    def __init__(self):
        Base.count += 1
        self.id = Base.count
    @classmethod
    def create(cls):
        return cls()
    def describe(self):
        return f"{type(self).__name__}#{self.id}"

class Child(Base):
    pass

print(Child.create().describe(), Base.create().describe(), Base.count)

class Lazy:
    def __getattr__(self, name):
        return name.upper()
l = Lazy()
l.real = 1
print(l.real, l.missing)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())

class Stack:
    def __init__(self):
        self._items = []
    def push(self, v):
        self._items.append(v)
        return self
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(reversed(self._items))
    def __repr__(self):
        return "Stack(" + ", ".join(map(repr, self)) + ")"
s = Stack().push(1).push(2).push(3)
print(s, len(s), list(s), bool(Stack()))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, 2).x)
print(type(Point), type(Point(1, 2)).__name__, Point.__name__)
class Meta:
    def method(self):
        return self
m = Meta()
bound = m.method
print(bound() is m, Meta.method(m) is m)
print(isinstance(Child(), Base), Child.__bases__[0].__name__)
class WithClassAttr:
    items = []
    def add(self, v):
        self.items.append(v)
a1, a2 = WithClassAttr(), WithClassAttr()
a1.add(1); a2.add(2)
print(WithClassAttr.items)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2))
try:
    hash(Eq(1))
except TypeError as e:
    print(e)
