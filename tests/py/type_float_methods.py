# float: repr, round half-even, is_integer, hex/fromhex, as_integer_ratio, inf/nan, floor division signs.
for v in [0.1, 1 / 3, 2 / 3, 1e16, 1.5e-300, 123456789.123456789, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 1e23]:
    print(repr(v), str(v), v.is_integer(), v.hex(), v.as_integer_ratio() if v == v and abs(v) != float("inf") else None)
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 12.345, -2.5]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__, type(round(v, 0)).__name__)
print(round(1234.5678, -2), round(-1234.5678, -1), round(1e300, -300) if False else "", round(0.0), round(-0.0, 1))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex(" 0X10 "))
print(float.fromhex("inf"), float.fromhex("-nan"), (3.0).hex(), (-0.1).hex(), float("0.1").hex())
try:
    float.fromhex("0x1p2000")
except OverflowError as e:
    print("OverflowError", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan != nan, nan < 1, nan is nan, [nan] == [nan])
print(inf / inf, 1 / inf, -1 / inf, abs(-inf), max(1, inf), min(nan, 1), min(1, nan), sorted([3.0, 1.0, 2.0]))
for bad in [lambda: int(inf), lambda: int(nan), lambda: inf.as_integer_ratio(), lambda: nan.as_integer_ratio(), lambda: round(inf), lambda: 1.0 / 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0.0), lambda: 10.0 ** 400, lambda: (-8.0) ** 0.5 + 0]:
    try:
        print(bad())
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), divmod(7.0, -3.0), -0.0 % 5, 0.0 % -5)
print(5 % 0.3, 1e-20 % 1, -1e-20 % 1, 3.0 // 0.1, 1.0 // 0.1, 2 ** 0.5, 4 ** -0.5, (-2.0) ** 2, (-8) ** (1 / 3))
print(float(10 ** 308), float("  -1.5e3 "), float(True), float("-0"), 1e308 + 1e308, -1e-400)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0) == hash(0.0), hash(inf), hash(-inf), 1.0 == 1, 0.1 + 0.2 == 0.3)
print(round(2.5), round(-2.5), round(3.5))
print((1.5).real, (1.5).imag, (1.5).conjugate(), 3.0.__int__(), (0.1).__repr__(), float.__name__)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3))
print(sum([1e100, 1.0, -1e100]), sum([0.5, 0.25], 1), sum([], 0.0), sum((1, 2.5)), sum([1, 2], start=10))
