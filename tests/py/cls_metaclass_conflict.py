# Metaclass selection: the most derived metaclass wins, conflicts raise TypeError,
# type(name, bases, dict) with three arguments, and metaclass methods vs class methods.
class MA(type): pass
class MB(type): pass
class MC(MA, MB): pass

class A(metaclass=MA): pass
class B(metaclass=MB): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class C(metaclass=MC): pass
class AC(A, C): pass
print(type(AC).__name__)

class Plain: pass
class PA(Plain, A): pass
print(type(PA).__name__)

class Explicit(A, metaclass=type): pass
print(type(Explicit).__name__)

T = type("T", (Plain,), {"x": 1, "f": lambda self: self.x + 1})
print(T.__name__, T.__bases__[0].__name__, T().f(), T.__module__)
E = type("E", (), {})
print(E.__bases__, E.__qualname__)
try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type("a", "b")
except TypeError as e:
    print("TypeError:", e)
print(type(5).__name__, type(type).__name__)

class Meta(type):
    def meta_only(cls):
        return "meta_only on " + cls.__name__
    attr = "from meta"
class K(metaclass=Meta):
    pass
print(K.meta_only(), K.attr)
try:
    K().meta_only()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(K(), "attr"))

class Named(type):
    def __repr__(cls):
        return "<class-ish %s>" % cls.__name__
    def __len__(cls):
        return 99
    def __getitem__(cls, k):
        return (cls.__name__, k)
    def __iter__(cls):
        return iter("ab")
class Q(metaclass=Named): pass
print(repr(Q), len(Q), Q[3], list(Q))
print(isinstance(Q, type), isinstance(Q, Named), issubclass(Named, type))
