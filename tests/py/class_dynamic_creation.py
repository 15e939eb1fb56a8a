# Classes made at run time: type(name, bases, dict), types.new_class with keywords and a
# namespace callback, __qualname__/__module__ of nested and dynamic classes, class decorators,
# and adding methods after creation.
import types

def greet(self):
    return f"hi from {type(self).__name__}"

Dyn = type("Dyn", (object,), {"greet": greet, "kind": "dynamic", "__doc__": "made by type()"})
d = Dyn()
print(d.greet(), Dyn.kind, Dyn.__doc__, Dyn.__name__, Dyn.__qualname__, Dyn.__bases__)
Sub = type("Sub", (Dyn,), {"kind": "sub"})
print(Sub().greet(), Sub.kind, issubclass(Sub, Dyn), [c.__name__ for c in Sub.__mro__])
Dyn.shout = lambda self: self.greet().upper()
print(Sub().shout())

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tags"] = tuple(sorted(kw))
        return super().__new__(mcls, name, bases, ns)

def body(ns):
    ns["x"] = 1
    ns["double"] = lambda self: self.x * 2

Made = types.new_class("Made", (), {"metaclass": Meta, "alpha": 1, "beta": 2}, body)
print(Made.tags, Made().double(), type(Made).__name__)

def outer():
    class Inner:
        class Deeper:
            pass
    return Inner
I = outer()
print(I.__qualname__, I.Deeper.__qualname__, I.__module__, Dyn.__module__)

def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        cls.registered = True
        return cls
    return deco

REG = {}
@register(REG)
class Alpha:
    pass
@register(REG)
class Beta(Alpha):
    pass
print(sorted(REG), Beta.registered, Alpha.__dict__.get("registered"))
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), {}, 5)
except TypeError as e:
    print("TypeError:", e)
print(type(5), type(type), type("T", (), {})().__class__.__name__)
