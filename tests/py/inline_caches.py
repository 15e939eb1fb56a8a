# Inline caches of attribute loads, stores and method calls must never change what a program
# sees: polymorphic sites, stores that add attributes, module attributes, and every kind of
# change that must invalidate a cached entry (regression: an instance attribute called at a
# method-call site was once cached as if it were a method).
import math
import types


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return ("A", self.v)


class B(A):
    def get(self):
        return ("B", self.v)


class C(A):
    pass


class D:
    def __init__(self, v):
        self.pad = 0
        self.v = v

    def get(self):
        return ("D", self.v)


class E:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return ("E", self.v)


def poly_site(objs):
    return [(o.v, o.get()) for o in objs]


objs = [A(1), B(2), C(3), D(4), E(5), A(6), D(7)]
for _ in range(3):
    print(poly_site(objs))


# Stores that add attributes, in different orders, at the same sites.
class P:
    def __init__(self, order):
        for name in order:
            setattr(self, name, len(name))
        self.x = 1
        self.y = 2


def init_xy(o):
    o.x = 10
    o.y = 20
    return sorted(vars(o).items())


for order in ((), ("a",), ("b", "a"), ("a",), ()):
    p = P(order)
    print(order, init_xy(p), init_xy(P(order)))


# A method-call site whose attribute is sometimes the instance's own callable.
class M:
    def f(self):
        return "method"


def call_f(o):
    return o.f()


m1, m2 = M(), M()
m2.f = lambda: "instance attribute"
for o in (m1, m2, m1, m2, m1):
    print(call_f(o))
m1.f = len
try:
    call_f(m1)
except TypeError as e:
    print("TypeError", e)
del m1.f
print(call_f(m1))


# Class changes invalidate: a new method, a property shadowing a slot, __setattr__.
class K:
    def __init__(self):
        self.a = 1

    def g(self):
        return "g1"


def read(k):
    return k.a, k.g()


k = K()
print(read(k), read(k))
K.g = lambda self: "g2"
print(read(k))
K.a = property(lambda self: "property")
print(read(k))
del K.a
print(read(k))


def store(k, v):
    k.b = v
    return k.__dict__


print(store(K(), 1), store(K(), 2))
K.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 100)
print(store(K(), 3))


# Module attributes: reassigned, deleted, re-added, and a module that shadows another's name.
mod = types.ModuleType("mod")
mod.f = lambda: "f1"
mod.x = 1


def use_mod():
    return mod.f(), mod.x


print(use_mod(), use_mod())
mod.f = lambda: "f2"
mod.x = 2
print(use_mod())
del mod.x
try:
    use_mod()
except AttributeError as e:
    print("AttributeError", e)
mod.x = 3
print(use_mod())
for i in range(20):
    setattr(mod, "filler%d" % i, i)
print(use_mod())
mod.__dict__.clear()
mod.f = lambda: "f3"
mod.x = 4
print(use_mod())
real_sqrt = math.sqrt
print([math.sqrt(n) for n in (4, 9)])
math.sqrt = lambda n: -n
print([math.sqrt(n) for n in (4, 9)])
math.sqrt = real_sqrt
print([math.sqrt(n) for n in (4, 9)])
other = types.ModuleType("other")
other.f = lambda: "other f"
other.x = "other x"
for m in (mod, other, mod):
    mod, saved = m, mod
    print(use_mod())
    mod = saved
