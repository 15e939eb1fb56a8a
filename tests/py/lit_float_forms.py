# Float literal forms and their reprs.
vals = [1., .5, 1.5, 1e3, 1E-3, 1_0.2_5, 1e1_0, 0.0, 00.5, 0e0, 1.e2, 3.14_15, 1_2e-1_2]
for v in vals:
    print(repr(v))
print(1e308 * 10, -1e308 * 10, 1e-330, 5e-324, 2.2250738585072014e-308)
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e16, 1e15, 123456789.0, 1e22, 1e-5, 0.0001)
print(repr(1e16), repr(9999999999999998.0), repr(0.1), repr(-0.0), str(1e100))
print(float("1_0.5"), float(" 3.5\n"), float("inf"), float("-Infinity"), float("nan"))
print(float("1e500"), float("-1e500"), float(".5"), float("5."), float("+1E+2"))
for s in ["1__0.5", "_1.0", "1.0_", "1e", "e1", "", ".", "1.2.3", "0x10", "infinit", "nan1"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
for src in ["1._5", "1_.5", "1e_5", "1.5_e3"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
print(1.0 == 1, 0.1 * 3 == 0.3, float(2**53) == 2**53 + 1, 2**53 + 1.0)
print(float(10**20), float(2**1023), float(-(2**63)))
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError", e)
print(type(1.).__name__, type(1e0).__name__, 1e0.is_integer())
