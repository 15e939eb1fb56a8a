# Decorators with arguments, functools.wraps, class decorators, decorating methods and classes.
import functools
def repeat(n):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*a, **k):
            return [f(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def greet(name):
    "Say hi."
    return "hi " + name
print(greet("bo"), greet.__name__, greet.__doc__, greet.__wrapped__("x"))
def trace(log):
    def deco(f):
        def w(*a):
            log.append((f.__name__, a))
            return f(*a)
        return w
    return deco
calls = []
class Calc:
    @trace(calls)
    def add(self, a, b):
        return a + b
    @staticmethod
    @trace(calls)
    def neg(a):
        return -a
    @classmethod
    def make(cls):
        return cls()
c = Calc.make()
print(c.add(1, 2), Calc.neg(5), [(n, a[1:] if n == "add" else a) for n, a in calls])
def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v=0):
        self.v = v
print(Config(1) is Config(2), Config().v, Config.__name__)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
@functools.total_ordering
class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
    def __lt__(self, o):
        return self.x < o.x
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)])[0].x)
prop_log = []
class P:
    @property
    def value(self):
        prop_log.append("get")
        return 1
    @value.setter
    def value(self, v):
        prop_log.append(("set", v))
p = P()
p.value = 5
print(p.value, prop_log)
