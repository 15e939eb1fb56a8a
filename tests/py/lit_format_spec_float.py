# Format spec mini-language applied to floats.
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1e-7, 123456.789, 1e16, 2.5, 0.125, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".2f", ".10f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "+.2f", " .1f",
         "10.3f", "<10.2f", "^12.1e", "=+12.3f", "012.3f", "*>10", ",.2f", "_.1f", "#.0f", "#g", "#.3g", "n", ".0e", "#.0e", "z.1f", "+z.2f"]
for v in vals:
    print(repr(v), "|".join(format(v, s) for s in specs))
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675]:
    print(v, f"{v:.0f} {v:.1f} {v:.2f}", round(v, 2))
for v in [1e15, 1e16, 1.5e-5, 1e-4, 12345678901234567890.0, 0.1]:
    print(f"{v} {v!r} {v:g} {v:.17g} {v:e} {v:.1f}")
for sp in ["x", "d", "c", "s", ",,", ".f", "5.5.5", "=<", ",_"]:
    try:
        print(sp, format(1.5, sp))
    except ValueError as e:
        print(sp, "ValueError", e)
print(format(1234567.891, ",.2f"), format(-1234567.891, "_.3f"), format(0.000001234, ".3g"))
print(format(1e300, ".2e"), format(5e-324, "g"), format(1.7976931348623157e308, ".3e"))
print("{:.3}".format(3.14159), "{:.3}".format(1234.5), "{:10}".format(1.5), "{:<10}|".format(-2.0))
