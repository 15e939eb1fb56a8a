print(2 ** 100, -(2 ** 100), 2 ** 100 // 3, 2 ** 100 % 7, (2 ** 64) * (2 ** 64))
f = 1
for i in range(1, 30):
    f *= i
print(f, len(str(f)))
print(10 ** 30 // 10 ** 28, divmod(10 ** 25, 7), -(10 ** 20) // 7, (-10 ** 20) % 7)
print(int("123456789012345678901234567890") + 1, hex(2 ** 70), bin(1000))
print(1 / 3, 2 / 3, 10 / 2, 1e16, 1.5e-7, 123456789.0, 0.1 * 3, -1.5 // 1, 5 % -3)
print(3.0 == 3, 2 ** 0.5, 7 // 2.0, float(2 ** 60), int(1e18), round(1.23456, 3))
print(abs(-2 ** 80), max(2 ** 70, 3), min(-2 ** 70, 0), sum(range(10 ** 5)))
print(True + True, True * 3, -True, True / 2, hash(1) == hash(1.0), 1 == True)
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(42, "08b"), format(3.14159, "e"))
print(float("nan") == float("nan"), float("inf") > 10 ** 300, -0.0 == 0.0)
print(7 & 3, 7 | 8, 7 ^ 2, ~0, 1 << 10, 1024 >> 3, -16 >> 2)
print(int(True), int("-0x1f", 16), int("0b101", 0), int(7.9), float(7))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 % 0
except ZeroDivisionError as e:
    print(e)
