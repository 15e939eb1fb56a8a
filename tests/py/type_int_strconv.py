# int <-> str conversions in many bases, big values and string digit limits.
for v in [0, 1, -1, 255, -255, 2 ** 100, -(3 ** 70)]:
    print(str(v), repr(v), bin(v), oct(v), hex(v), format(v, "x"), int(str(v)), int(hex(v), 16), int(bin(v), 0))
for base in [2, 3, 8, 16, 36]:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
    print(base, int(digits[::-1], base), int(digits.upper(), base))
print(int("  -0b101  ", 0), int("+0o17", 0), int("-0X1f", 0), int("0", 0), int("-0", 10))
print(int("1" * 100) % 1000007, len(str(7 ** 500)), str(10 ** 50)[:5], int("9" * 60) + 1 == 10 ** 60)
print(int("١٢٣"), int("٣", 16) if False else int("٣"), int("½".isdigit()), float("١.٥"))
print(str(-0), str(+5), repr(-(-3)), f"{-7:d}", "%d" % -(2 ** 65))
print(int(" \t\n42\r\n "), int("4_2"), int("0_0"), int("0b_1", 0), int("1_0", 16))
for bad in ["4__2", "_42", "42_", "0x", "0b2", "12a", "- 1", "1.0", ""]:
    try:
        int(bad, 0 if bad.startswith("0") else 10)
    except ValueError as e:
        print("ValueError", e)
