# dir(): default listing of an instance includes class and base attributes, a __dir__ override
# is sorted and converted to a list, dir of a module-like class, and errors from __dir__.
class Base:
    base_attr = 1
    def base_m(self):
        pass

class Thing(Base):
    cls_attr = 2
    def __init__(self):
        self.inst_attr = 3

names = [n for n in dir(Thing()) if not n.startswith("__")]
print(names)
print([n for n in dir(Thing) if not n.startswith("__")])
print("__init__" in dir(Thing()), "__class__" in dir(Thing()))

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid", "alpha"]
print(dir(Custom()))

class TupleDir:
    def __dir__(self):
        return ("b", "a")
print(dir(TupleDir()))

class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)

class Gen:
    def __dir__(self):
        yield "y"
        yield "x"
print(dir(Gen()))

class Meta(type):
    def __dir__(cls):
        return ["from_meta"]
class WithMeta(metaclass=Meta):
    x = 1
print(dir(WithMeta), "x" in dir(WithMeta()))


class Slotted:
    __slots__ = ("s1", "s2")
print([n for n in dir(Slotted()) if not n.startswith("__")])
print(sorted(set(dir(Thing())) - set(dir(object))))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
