# super() in its forms: zero-argument, two-argument, unbound super, in classmethods, staticmethod
# access, properties through super, and the errors for misuse.
class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c(" + cls.__name__ + ")"
    @staticmethod
    def s(x):
        return "A.s(%s)" % x
    @property
    def p(self):
        return "A.p"
    x = "A.x"

class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
    @staticmethod
    def s(x):
        return "B.s>" + super(B, B).s(x)
    @property
    def p(self):
        return "B.p>" + super().p
    x = "B.x"

class C(B):
    def f(self):
        return "C.f>" + super(C, self).f()
    def skip(self):
        return super(B, self).f()
    def attr(self):
        return super().x + "," + super(B, self).x

c = C()
print(c.f())
print(C.c(), B.c())
print(C.s(1))
print(c.p)
print(c.skip())
print(c.attr())
sup = super(C, c)
print(type(sup).__name__, sup.f())
print(super(C, C).c())
print(super(B, C).c())
print(repr(super(C, c).__thisclass__), super(C, c).__self__ is c, super(C, c).__self_class__)
u = super(C)
print(type(u).__name__, u.__self__)

def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)

class D(A):
    def nohelp(self):
        def inner():
            return super().f()
        return inner()
try:
    D().nohelp()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    super(B, A()).f()
except TypeError as e:
    print("TypeError:", e)
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(C, c).missing
except AttributeError as e:
    print("AttributeError:", e)

class E(A):
    def f(self):
        g = lambda: super(E, self).f()
        return "E.f>" + g()
    def __init__(self):
        self.n = super().__init__()
print(E().f(), E().n)
