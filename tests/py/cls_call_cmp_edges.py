# Instance calls, comparisons and bound methods at their edges: a __call__ that is an instance
# of its own class ends in RecursionError; a comparison method whose lookup raises counts as
# not implemented; an __init__ that is a descriptor is bound first; equal bound methods hash
# alike without calling their object's __hash__.


class A:
    pass


A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError", e)


def booh(self):
    raise AttributeError("booh")


class E:
    __eq__ = property(booh)
    __lt__ = property(booh)


e = E()
print(e == e, E() == E(), E() != E())
try:
    E() < E()
except TypeError as x:
    print("TypeError", x)


class I:
    __init__ = property(booh)


try:
    I()
except AttributeError as x:
    print("AttributeError", x)


class Init:
    def __init__(self, v):
        self.v = v


class Callable:
    def __call__(self, obj, v):
        obj.v = v * 2


class ViaCallable:
    __init__ = Callable()


print(Init(3).v)
try:
    ViaCallable(5)
except TypeError as x:  # a plain instance is not bound: it gets (5) alone
    print("TypeError", x)


class M:
    def f(self):
        pass

    def __eq__(self, other):
        return True

    def __hash__(self):
        raise TypeError("no hash")


m = M()
print(hash(m.f) == hash(m.f), m.f == m.f, m.f == M().f, M.f == M.f, hash(M.f) == hash(M.f))
print(len({m.f, m.f, M().f}))
