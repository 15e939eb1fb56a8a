# Floats at the edges of pyhyp's immediate encoding (|x| in [2**-256, 2**256) is immediate; zeros,
# subnormals, huge values, inf and NaN are boxed): arithmetic across the edges, repr, hashing, dict
# and set keys, sorting, comparisons, identity-free equality, pickling-style round trips, subclasses.
import json
import math
import struct

lo = 2.0 ** -256
hi = 2.0 ** 256
vals = {
    "lo": lo, "lo_below": math.nextafter(lo, 0), "lo_neg": -lo,
    "hi": hi, "hi_below": math.nextafter(hi, 0), "hi_neg": -hi,
    "zero": 0.0, "negzero": -0.0, "one": 1.0, "tenth": 0.1,
    "sub": 5e-324, "min": 2.2250738585072014e-308, "max": 1.7976931348623157e308,
    "inf": math.inf, "ninf": -math.inf, "nan": math.nan,
}
for name, v in vals.items():
    print(name, repr(v), str(v), format(v, ".6e"), v.hex(), hash(v) if v == v else "nan")
    print("  ", repr(-v), repr(v * 2), repr(v / 2), repr(v + lo), repr(abs(v)), v == v, v < 1, bool(v))
    print("  ", struct.pack("<d", v).hex(), struct.unpack("<d", struct.pack("<d", v))[0] == v or v != v,
          repr(float(repr(v))), math.copysign(1, v), type(v).__name__, isinstance(v, float))
    if math.isfinite(v):
        print("  ", v.as_integer_ratio()[1].bit_length(), v.is_integer(), math.frexp(v), round(v, 300) == v)

x = lo
for _ in range(3):
    x /= 2
    print(repr(x))
for _ in range(3):
    x *= 2
    print(repr(x))
y = hi / 4
for _ in range(4):
    y *= 2
    print(repr(y))
print(repr(lo - lo), repr(-lo + lo), repr(lo * -0.0), repr(1e300 * 1e10), repr(1e300 * 1e10 - 1e300 * 1e10))

# hashing agrees with ints and across spellings; dict and set keys
print(hash(2.0 ** 100) == hash(2 ** 100), hash(hi) == hash(2 ** 256), hash(-0.0) == hash(0) == hash(0.0))
d = {}
for name, v in vals.items():
    if v == v:
        d[v] = name
print(sorted(d.items(), key=lambda kv: kv[0]))
print(d[0.0], d[-0.0], d[hi], d[lo], d.get(lo / 2), d[float(2 ** 256)], 2 ** 256 in d, 0 in d)
s = {lo, lo * 1.0, hi, 0.0, -0.0, 0, 1, 1.0, math.inf}
print(len(s), sorted(s))
print(sorted(vals.values(), key=lambda f: (f != f, f)))
print(sorted([hi, lo, -lo, 0.0, 5e-324, -hi, 1.0, -0.0, 3]))
print(max(vals["lo"], vals["sub"]), min(hi, math.inf), sum([lo, hi, 1.5]), math.fsum([hi, -hi, lo]))
print([a < b for a, b in [(lo, lo / 2), (hi, hi / 2), (0.0, -0.0), (lo, 0.0), (1.5, 1), (math.inf, hi)]])
print([a == b for a, b in [(lo, lo * 1.0), (hi, 2 ** 256), (0.0, -0.0), (math.nan, math.nan), (1.0, 1)]])

# equal values compare equal whatever their spelling; ids stay stable
a = lo * 3
print(a == lo * 3, id(a) == id(a), a in [lo * 3], [lo * 3].index(a), (lo * 3,).count(a))


class F(float):
    def double(self):
        return F(self * 2)


f = F(lo)
print(type(f).__name__, repr(f), repr(f.double()), f == lo, isinstance(f, float), hash(f) == hash(lo))
print(json.dumps([lo, hi, 0.5, -0.0, 1e22]), json.loads("[1e-77, 1.2e77, 0.0, -0.0, 5e-324]"))
print("%.3e %.3e %f %g %r" % (lo, hi, 0.5, -0.0, 1.0), f"{hi:.4g} {lo:e}")
print(math.sqrt(lo), lo ** 2, hi ** 0.5, math.fmod(hi, 3.0), divmod(hi, 7.0), hi // 1e70, -lo % 1.0)
print(int(hi), int(-lo), round(hi), math.floor(-lo), math.ceil(lo), float(2 ** 255), float(-(2 ** 256)))


class P:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


ps = [P(i * 0.5, lo * i, hi / (i + 1)) for i in range(200)]
t = 0.0
for p in ps:
    t += p.x + p.y * 1e70 + p.z * 1e-70
print(repr(t), vars(ps[3]))
arr = [i * 0.25 for i in range(10)] + [lo, hi, 0.0]
arr.sort(reverse=True)
print(arr)
