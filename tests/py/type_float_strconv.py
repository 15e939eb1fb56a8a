# float <-> str: shortest repr round-trips, str() vs repr(), parsing edge cases.
seed = 12345
ok = 0
for _ in range(300):  # a small linear congruential generator: deterministic values
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    v = (seed / 2 ** 31 - 0.5) * 10 ** (seed % 41 - 20)
    if float(repr(v)) == v:
        ok += 1
print("round trips", ok)
for v in [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100 / 3, 1e22, 1e23, 5e-324, 2 ** 0.5, 3.141592653589793, 1.0000000000000002]:
    print(repr(v), str(v), float(str(v)) == v, "%.17g" % v, "%r" % v)
for s in ["1", "-1.5", "+.5", "5.", "1e5", "1E-5", "  3.25  ", "inf", "-INF", "NaN", "infinity", "1_000.5", "0x1p1" if False else "7"]:
    print(repr(s), float(s))
for bad in ["1e", "e5", "1.2.3", "--1", "1 2", "0x10", "", "nan(0)", "1__0"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
print(float(2 ** 53 + 1), float(-(2 ** 63)), float(10 ** 22), float(10 ** 23), int(float(10 ** 23)))
