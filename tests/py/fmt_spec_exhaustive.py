# The format-spec mini-language: fill/align, sign, z is not in 3.11, #, 0, width, grouping,
# precision, and every presentation type for ints, floats, strs; nested replacement fields.
ints = [0, 7, -42, 255, 10**12]
for spec in ["", "d", "+d", " d", "5d", "<6d", "^7d", ">8d", "=+8d", "08d", "_d", ",d", "x", "#x",
             "X", "#X", "o", "#o", "b", "#b", "#010b", "c", "n", "*^12,d", "e", ".2%"]:
    out = []
    for v in ints:
        if spec == "c" and not 0 <= v < 0x110000:
            continue
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("ValueError")
    print(f"{spec!r:10}", out)

floats = [0.0, -0.0, 1.5, -2.675, 1234567.891, 1e-7, 1e22, float("inf"), float("nan")]
for spec in ["", "f", ".2f", "+.1f", "10.3f", "<10.1f", "e", ".3E", "g", ".3g", "#g", "G", "%",
             ".1%", ",.2f", "_.1f", "012.2f", "n", ".0f", "#.0f", ".15g", "r" if False else "a" * 0]:
    print(f"{spec!r:8}", [format(v, spec) for v in floats])

strs = ["", "a", "héllo", "wide text"]
for spec in ["", "s", "5", "<5", ">5", "^6", "*^7", ".2", "10.3", "=>8"]:
    print(f"{spec!r:7}", [format(s, spec) for s in strs])

for bad in [(5, "s"), ("x", "d"), (1.5, "d"), ("x", "=5"), (3, ".2d"), (3, ",x"), (2.0, "c")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)

w, p, t = 12, 3, "f"
print(f"[{3.14159:{w}.{p}{t}}] [{'mid':{'^'}{w}}] [{42:{'0'}{'>'}{w // 2}}]")
print("{:{fill}{align}{width}}".format("x", fill="-", align=">", width=5))
print("{0:>{1}} {0:<{1}}|".format("ab", 4), "{:{}{}}".format(7, "0", 3))
print(format(1234.5, ",.2f"), format(-1234.5, "_.0f"), format(0.000123456, ".3g"), format(123456789, ".3g"))
print(format(True, ">5"), format(True, "5d"), format(None, ""), format(complex(1, -2), ".1f"), format(3+0j, ""))
