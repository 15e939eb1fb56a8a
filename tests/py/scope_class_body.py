# Class-body scoping: names defined in the class body are not visible inside methods or nested
# functions, comprehensions in a class body see only the outermost iterable from the class
# scope, class bodies can read enclosing function locals, and __qualname__ of nested classes.
x = "global x"
class A:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    lst = [x for _ in range(1)]
    first = [i for i in range(3)]
print(A.y, A().method(), A.lst, A.first)

class B:
    n = 3
    try:
        squares = [n * i for i in range(2)]
    except NameError as e:
        squares = "NameError: %s" % e
    ok = [i * 2 for i in range(n)]
print(B.squares, B.ok)

def factory(tag):
    local_val = tag * 2
    class Inner:
        t = tag
        v = local_val
        def get(self):
            return tag, local_val
    return Inner
I = factory("ab")
print(I.t, I.v, I().get(), I.__qualname__)

class Outer:
    class Nested:
        class Deep:
            pass
    def m(self):
        class InMethod:
            pass
        return InMethod
print(Outer.Nested.__qualname__, Outer.Nested.Deep.__qualname__, Outer().m().__qualname__)

class C:
    val = 1
    def f(self):
        return val
try:
    C().f()
except NameError as e:
    print("NameError:", e)

def g():
    v = "enclosing"
    class D:
        v = "class"
        def meth(self):
            return v
    return D().meth(), D.v
print(g())

class E:
    a = 1
    b = [a for _ in (1,)] if False else None
    lam = lambda self: a if False else "lambda ok"
print(E.b, E().lam())
class F:
    items = {k: v for k, v in [("p", 1)]}
    gen = list(c for c in "xy")
print(F.items, F.gen)
