# Format spec mini-language applied to ints.
vals = [0, 7, -7, 255, -255, 65535, 10**12, -(10**20), True]
specs = ["", "d", "5d", "<5", "^7", ">6", "=+8", "+", "-", " ", "05", "x", "X", "#x", "#X", "o", "#o",
         "b", "#b", ",", "_", "_x", "_b", "#_o", ",d", "010,", "*^12,", "08_x", "#010x", "c" ,"n", "e", ".2f", "%", "g", ".3G"]
for v in vals:
    out = []
    for sp in specs:
        if sp == "c" and (v < 0 or v > 0x10FFFF):
            out.append("-")
            continue
        out.append(format(v, sp))
    print(repr(v), "|".join(out))
for v, sp in [(5, ".2"), (5, "s"), (5, ",x"), (5, ",b"), (-1, "c"), (0x110000, "c"), (5, "z"), (5, "=^5"), (5, "#c"), (5, ",c"), (5, "+c")]:
    try:
        print(sp, repr(format(v, sp)))
    except (ValueError, OverflowError) as e:
        print(sp, type(e).__name__, e)
print(format(2**100, ","), format(-2**64, "_x"), format(2**64, "#b")[:12], format(12345, "^+12,"))
print(format(True, ""), format(False, "d"), format(True, ">5"), f"{True:x}")
