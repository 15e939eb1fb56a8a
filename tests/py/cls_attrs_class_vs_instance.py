# Class attributes vs instance attributes: shadowing, mutable class attributes shared by all
# instances, augmented assignment creating instance attributes, deletion revealing the class
# value, class attribute changes seen by instances, and __dict__ contents.
class Counter:
    total = 0
    shared = []
    def __init__(self, name):
        self.name = name
        self.shared.append(name)
        Counter.total += 1

a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, b.shared, a.shared is b.shared)
a.total = 100
print(a.total, b.total, Counter.total, "total" in vars(a))
del a.total
print(a.total)
try:
    del a.total
except AttributeError as e:
    print("AttributeError:", e)

class Aug:
    n = 1
    items = [0]
x = Aug()
x.n += 10
x.items += [1]
print(x.n, Aug.n, x.items, Aug.items, sorted(vars(x)))

Counter.total = -1
print(a.total, b.total)
Counter.new_attr = "added"
print(a.new_attr)
del Counter.new_attr
print(hasattr(a, "new_attr"))

class Parent:
    v = "parent"
class Kid(Parent):
    pass
k = Kid()
print(k.v)
Kid.v = "kid"
print(k.v, Parent.v)
del Kid.v
print(k.v)
try:
    del Kid.v
except AttributeError as e:
    print("AttributeError:", e)

print(sorted(k for k in Aug.__dict__ if not k.startswith("__")))
print(type(Aug.__dict__).__name__)
try:
    Aug.__dict__["n"] = 5
except TypeError as e:
    print("TypeError:", e)

class Method:
    def f(self):
        return "method"
m = Method()
m.f = lambda: "instance lambda"
print(m.f(), Method().f())

x.__dict__["dyn"] = 7
print(x.dyn)
x.__dict__ = {"fresh": 1}
print(vars(x), x.n)
try:
    x.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
x.__class__ = Counter
print(type(x).__name__, x.total)
