# A 2-D vector with the numeric dunders: binary, reflected (with a scalar on the left), in-place
# (mutating), unary, abs/round/bool, comparisons and hashing, and NotImplemented fallbacks.
import math

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y) if isinstance(o, Vec) else NotImplemented
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, n, mod=None):
        return Vec(pow(self.x, n, mod), pow(self.y, n, mod))
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __imul__(self, k):
        self.x *= k
        self.y *= k
        return self
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(+self.x, +self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __complex__(self):
        return complex(self.x, self.y)

a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, a @ b)
print(a / 2, a // 2, a % 2, a ** 2, pow(a, 2, 5))
print(-a, +a, abs(a), bool(Vec(0, 0)), bool(a), round(Vec(1.26, 2.5), 1), round(Vec(1.5, 2.5)))
print(complex(a), a == Vec(3, 4), a != b, a < b, sorted([a, b, Vec(0, 1)]))
print(len({a, Vec(3, 4), b}))
c = a
c += b
print(c is a, a)
c *= 2
print(c is a, a)
for expr in ("a + 1", "1 + a", "a * 'x'", "a / None", "-'s'"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
