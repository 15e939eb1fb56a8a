# __slots__ and inheritance: subclasses without __slots__ get a __dict__, slots accumulate,
# '__dict__' and '__weakref__' in __slots__, and layout conflicts between slotted bases.
import weakref

class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
class Free(Base):
    pass

c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"))
try:
    c.c = 3
except AttributeError as e:
    print("AttributeError:", e)
f = Free()
f.a = 1
f.other = 2
print(f.a, f.__dict__)

class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.__dict__)

try:
    weakref.ref(c)
except TypeError as e:
    print("TypeError:", e)

class Weak:
    __slots__ = ("v", "__weakref__")
wk = Weak()
r = weakref.ref(wk)
print(r() is wk)

class A:
    __slots__ = ("p",)
class B:
    __slots__ = ("q",)
try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
class E12(E1, E2):
    __slots__ = ("r",)
x = E12()
x.r = 5
print(x.r)

try:
    class DoubleDict(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)

class Redeclare(Base):
    __slots__ = ("a",)
rd = Redeclare()
rd.a = 7
print(rd.a)

try:
    class IntSub(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError:", e)
class IntEmpty(int):
    __slots__ = ()
print(IntEmpty(5) + 1)
