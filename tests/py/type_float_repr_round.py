# float repr is the shortest string that round-trips; round() rounds half to even on the exact
# binary value; float.hex/fromhex, as_integer_ratio, is_integer, and formatting of edge values.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15 + 0.3, 123456789.123456789, 5e-324,
        1.7976931348623157e308, 2.0**-1074, 1e-5, 1e-4, 0.0001234, 1e22, 1e23, -0.0, 100.0]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
for v, nd in [(0.5, None), (1.5, None), (2.5, None), (-0.5, None), (2.675, 2), (1.005, 2), (0.125, 2),
              (0.375, 2), (1234.5678, -2), (-1234.5, -1), (1e300, 2), (float("inf"), None)]:
    try:
        print(v, nd, round(v, nd) if nd is not None else round(v))
    except OverflowError as e:
        print(v, "OverflowError:", e)
for v in [0.5, 0.1, -2.75, 1e-300, 3.0]:
    print(v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio(), v.is_integer())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"))
print(float("  1_000.5 "), float("-iNF"), float("nan") != float("nan"), float("1e500"), float(".5e1"))
for bad in ["1__0", "1e", "0x10", "nanx", ""]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
import math, sys
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.99), math.modf(-2.5), math.frexp(40.0))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, math.nextafter(1.0, 2.0) - 1.0)
print(sum([0.1] * 10), math.fsum([0.1] * 10), 0.1 * 3, 1.1 + 2.2, 3.3 / 1.1)
print(f"{1e16:.0f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{0.1:.20f}", f"{1/3:.17g}", "%.3g|%g|%G" % (1234567.0, 1e-7, 1e-20))
