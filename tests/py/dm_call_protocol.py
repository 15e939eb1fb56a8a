# __call__: instances as callables, callable(), __call__ looked up on the type (not the
# instance), classes with a metaclass __call__, argument passing through, and errors.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=2, extra=0), callable(add5), callable(Adder))
print(list(map(Adder(10), [1, 2])))

class NotCallable:
    pass
nc = NotCallable()
nc.__call__ = lambda: "instance attribute"
print(callable(nc))
try:
    nc()
except TypeError as e:
    print("TypeError:", e)
for v in (5, "s", None, [1]):
    try:
        v()
    except TypeError as e:
        print("TypeError:", e)

class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)

class CallableAttr:
    __call__ = Adder(100)
print(CallableAttr()(1))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return a, k
cnt = Counter()
print(cnt(*[1, 2], **{"k": 3}), cnt(), cnt.calls)
try:
    Adder(1)()
except TypeError as e:
    print("TypeError:", e)
def kwonly(*, scale):
    return scale
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __call__(cls, *a):
        return "made " + cls.__name__ + repr(a)
class Made(metaclass=Meta):
    pass
print(Made(1, 2), callable(Made))

def deco(f):
    class Wrapper:
        def __call__(self, *a):
            return "wrapped " + str(f(*a))
    return Wrapper()
@deco
def double(x):
    return x * 2
print(double(4), type(double).__name__)
print(sorted([3, 1, 2], key=Adder(0)), max([1, 5, 3], key=lambda v: -v))
