# _functools: reduce, cmp_to_key's KeyWrapper and the lru_cache wrapper (LRU order, typed keys,
# statistics, methods, recursion, errors) as functools.py uses them.
import functools, copy, pickle
from functools import reduce, cmp_to_key, lru_cache, cache

print(reduce(lambda a, b: a * b, range(1, 10)), reduce(lambda a, b: a + b, [], 7))
print(reduce(lambda a, b: a + [b], "abc", []))
for bad in ((lambda a, b: a, []), (lambda a, b: a, 5)):
    try:
        reduce(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    reduce(lambda a, b: 1 / 0, [1, 2])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def numeric_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple", "date", "yam"]
print(sorted(words, key=cmp_to_key(numeric_then_alpha)))
print(sorted(words, key=cmp_to_key(numeric_then_alpha), reverse=True))
K = cmp_to_key(lambda a, b: a - b)
k1, k2 = K(3), K(obj=5)
print(type(K).__name__, k1 < k2, k1 > k2, k1 == K(3), k1 != k2, k1 <= k2, k1 >= k2, k1.obj, k2.obj)
k1.obj = 10
print(k1 > k2)
try:
    hash(k1)
except TypeError as e:
    print("TypeError:", e)
try:
    k1 < 3
except TypeError as e:
    print("TypeError:", e)
print(min([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())

calls = []
@lru_cache(maxsize=3)
def sq(x, *, scale=1):
    calls.append(x)
    return x * x * scale
for x in [1, 2, 3, 1, 4, 2, 1, 5, 3, 3]:
    sq(x)
print(calls, sq.cache_info())
print(sq(2, scale=3), sq(2, scale=3), sq(x=2) if False else sq(2), sq.cache_info())

@lru_cache(maxsize=8, typed=True)
def ident(x):
    calls.append(("t", x))
    return x
calls.clear()
ident(1); ident(1.0); ident(True); ident(1)
print(calls, ident.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x + 1
print(nocache(1), nocache(1), nocache.cache_info())

@cache
def slow(a, b=2):
    return a ** b
print(slow(3), slow(3), slow(3, b=2), slow(3, 2), slow.cache_info())

class Vec:
    def __init__(self, xs):
        self.xs = xs
    @lru_cache(maxsize=16)
    def norm2(self):
        return sum(x * x for x in self.xs)
    @functools.cached_property
    def total(self):
        return sum(self.xs)
v = Vec([1, 2, 3])
print(v.norm2(), v.norm2(), Vec.norm2.cache_info().hits, v.total)

try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError:", e)
try:
    @lru_cache
    def unh(x):
        return x
    unh([1])
except TypeError as e:
    print("TypeError:", e)
print(copy.copy(fib) is fib, copy.deepcopy(fib) is fib)
print(sorted(k for k in fib.__dict__))
p = functools.partial(pow, 2)
print(p(10), repr(functools.partial(max, key=abs))[:40])
