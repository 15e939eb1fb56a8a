# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate, str/repr.
for v in [0, 1, -1, 255, 256, -256, 2 ** 64, -(2 ** 64) - 1, 12345678901234567890]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (0).to_bytes(0, "big"))
print((2 ** 70).to_bytes(9, "big").hex(), (65).to_bytes(), (1).to_bytes(3, byteorder="little"))
for v, n, order, signed in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True), (2 ** 64, 8, "little", False)]:
    try:
        print(v.to_bytes(n, order, signed=signed))
    except OverflowError as e:
        print("OverflowError", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError", e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80\x00"), "big", signed=True))
print(int.from_bytes(b"\x01" * 20, "little"), int.from_bytes(b"\xff" * 10, "big", signed=True), int.from_bytes(b"\x00\x01"))
print(repr(10 ** 30), str(-10 ** 25), int("-" + "9" * 40) + 1, int("  +0_1_2  "), int("١٢٣"))
print(int(), int(3.99), int(-0.5), int("101", 2), int("zz", 36), int(b"42"), int(bytearray(b"-7")), int("0x1F", 16))
class IntLike:
    def __index__(self):
        return 6
class Truncable:
    def __trunc__(self):
        return 9
class HasInt:
    def __int__(self):
        return 3
print(int(IntLike()) if hasattr(int, "__index__") else "", int(HasInt()), bin(IntLike()), [0, 1, 2, 3, 4, 5, 6][IntLike()])
for bad in ["", " ", "1.5", "0x", "1e3", "--1", "1 2", "⅕"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int("10", base=2.5)
except TypeError as e:
    print("TypeError", e)
print(isinstance(True, int), int(True), type(int("5")).__name__, (5).__class__.__name__, int.__name__)
print((3).__index__(), (-3).__abs__())
print(format(10 ** 20, ","), f"{2 ** 64:_x}", str(2 ** 100).count("6"), len(repr(7 ** 77)))
