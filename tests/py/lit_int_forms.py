# Integer literal forms: bases, underscores, big values, leading zeros.
print(0, 00, 0_0, 000_000)
print(0x_ff, 0XFF, 0xdead_beef, 0x0)
print(0o17, 0O777, 0o_1_2_3)
print(0b1010_1010, 0B1, 0b_0)
print(1_000_000, 1_0)
print(123456789012345678901234567890)
print(0xffffffffffffffffffffffffffffffff)
print(0o7777777777777777777777777777)
print(0b1111111111111111111111111111111111111111111111111111111111111111)
print(-0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000)
print(type(0x10).__name__, type(10**100).__name__)
for src in ["0x", "0b2", "0o8", "1_", "1__0", "0_x1", "012", "0x_", "1_000_", "0b_"]:
    try:
        v = eval(src)
        print(repr(src), "->", v)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
print(int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("1_000", 0), int(" 42 "))
for s, b in [("z", 36), ("Z", 36), ("10", 2), ("-ff", 16), ("+0o7", 8), ("0", 0), ("00", 0)]:
    print(s, b, int(s, b))
for s, b in [("08", 0), ("1_", 10), ("_1", 10), ("", 10), ("12", 1), ("12", 37), ("9", 8)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError", e)
print(1if 1else 2)
print([0x1for x in (1, 2)])
