# Default values are evaluated once, at definition time, left to right.
order = []
def val(n):
    order.append(n)
    return n
def f(a=val(1), b=val(2), *, c=val(3)):
    return a, b, c
print(order, f(), order)
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(safe(1), safe(2))
n = 5
def g(v=n):
    return v
n = 6
print(g(), g.__defaults__)
g.__defaults__ = (99,)
print(g())
def kw(*, k=n):
    return k
kw.__kwdefaults__ = {"k": "changed"}
print(kw())
class C:
    base = 10
    def m(self, v=base):
        return v
print(C().m())
def make(i):
    def inner(x=i * 2):
        return x
    return inner
print([make(i)() for i in range(3)])
lam = lambda d={}: d.setdefault("calls", 0) + 1
print(lam(), lam())
def outer():
    def inner(x=order.append("inner def")):
        return x
    return inner
outer()
outer()
print(order)
try:
    def broken(x=undefined_default):
        pass
except NameError as e:
    print("NameError", e)
print(f.__defaults__, f.__kwdefaults__, (lambda: 0).__defaults__)
