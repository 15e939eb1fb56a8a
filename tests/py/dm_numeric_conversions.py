# int()/float()/complex()/round()/math.trunc/floor/ceil through __int__, __float__, __complex__,
# __round__, __trunc__, __floor__, __ceil__, __index__ fallbacks, and their error messages.
import math

class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"

n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
print(math.trunc(n), math.floor(n), math.ceil(n))

class OnlyIndex:
    def __index__(self): return 4
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))

class OnlyFloat:
    def __float__(self): return 1.25
print(float(OnlyFloat()), complex(OnlyFloat()), math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
for f in (lambda: int(OnlyFloat()), lambda: round(OnlyFloat())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

class BadInt:
    def __int__(self): return "7"
class BadFloat:
    def __float__(self): return 7
class BadComplex:
    def __complex__(self): return 1
for f in (lambda: int(BadInt()), lambda: float(BadFloat()), lambda: complex(BadComplex())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

class Plain:
    pass
for f in (lambda: int(Plain()), lambda: float(Plain()), lambda: complex(Plain()),
          lambda: round(Plain()), lambda: math.trunc(Plain()), lambda: math.floor(Plain()),
          lambda: int([]), lambda: float(None), lambda: int(None)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

class IntSubclassResult:
    def __int__(self): return True
print(int(IntSubclassResult()), type(int(IntSubclassResult())).__name__)

print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(5, -1))
print(math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), int(-2.7), int("  12 "), int("0x1f", 16))
for bad in ("1.5", "", "abc", "1_"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("x", "1e", ""):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
