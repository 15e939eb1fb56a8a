def f(a, b, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))

print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, z=9, y=8))
print(f(*[1, 2], **{"d": 7, "e": 8}))
def g(*, key): return key
print(g(key="k"))
def h(x, /, y): return x - y
print(h(5, y=2))
args = (1, 2)
kwargs = {"c": 10, "d": 11}
print(f(*args, **kwargs))
square = lambda x: x * x
print(square(7), (lambda *a: len(a))(1, 2, 3), (lambda **k: k)(a=1))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y): return x + y
print(add(2, 3))
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(30))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults())
try:
    f(1)
except TypeError as e:
    print(e)
try:
    g(1)
except TypeError as e:
    print(e)
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
try:
    add(1, 2, zz=3)
except TypeError as e:
    print(e)
