# Debian's pure-Python abc (on _py_abc), types, keyword, copyreg and _weakrefset import and work.
import abc
import keyword
import types
import copyreg
import _weakref
import _weakrefset


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @classmethod
    @abc.abstractmethod
    def unit(cls):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    @classmethod
    def unit(cls):
        return "cm2"


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
sq = Square(3)
print(sq.area(), Square.unit(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)


class Sized2(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented


class Registered:
    pass


Sized2.register(Registered)
print(isinstance([], Sized2), isinstance(3, Sized2), isinstance(Registered(), Sized2))

print(keyword.iskeyword("lambda"), keyword.iskeyword("spam"), len(keyword.kwlist) > 30)
print(keyword.issoftkeyword("match"))

print(types.FunctionType is type(lambda: 0), types.GeneratorType.__name__)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [2]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[2]))
print(list[int], dict[str, list[int]], int | None, isinstance(3, int | str))
Point = types.new_class("Point", (object,), {}, lambda ns: ns.update(x=1))
print(Point.x, Point.__name__)


class Node:
    pass


n = Node()
r = _weakref.ref(n)
print(r() is n, r == _weakref.ref(n))
s = _weakrefset.WeakSet([n])
print(len(s), n in s)
print(copyreg.__newobj__.__name__)
