import sys
import math
from math import sqrt, floor as fl
print(math.pi, sqrt(16), fl(2.7), math.ceil(2.1), math.gcd(12, 18), math.factorial(10))
print(math.isqrt(10 ** 20), math.log(math.e), math.log(8, 2), math.hypot(3, 4), math.isnan(math.nan))
print("to stdout", 1, 2, sep=", ", end="!\n")
print("to stderr", file=sys.stderr)
print(len(sys.argv), type(sys.argv).__name__, sys.maxsize > 2 ** 31)
print(callable(len), callable(1), callable(print), id(sys) == id(sys))
print(repr(None), repr([1, "a"]), str(3.0), ascii("x"), format(5, "03"))
print(sorted({"b": 1, "a": 2}), sorted("cab"), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(zip()))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
print(type(None).__name__, type([]).__name__, type(len).__name__, type(lambda: 0).__name__)
print(isinstance("s", str), isinstance(b"b", bytes), isinstance([], (tuple, list)))
print(getattr("abc", "upper")(), hasattr([], "append"))
print(chr(65) + chr(0x1F600), ord("€"), hex(-255), oct(-8), bin(0))
print(min("hello"), max([1, 5, 3], key=lambda v: -v), min([], default="empty"))
print(sum([0.1] * 10), sum([[1], [2]], []), abs(-0), round(-2.5), round(0.5), round(1.5))
print(all([]), any([]), list(range(0)), tuple(range(3)), set(), dict())
print(int.__name__, str.__mro__, bool.__mro__)
try:
    import nonexistent_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import nonexistent
except ImportError as e:
    print(e)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
