# int: bignum arithmetic, signs of // and %, divmod, pow with modulus, bit operations.
a = 2 ** 200 + 12345
b = -(3 ** 100)
print(a + b, a - b, a * b)
print(a // 7, a % 7, b // 7, b % 7, -a // -7, -a % -7)
print(divmod(a, b), divmod(b, a), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(a ** 2 % 1000007, pow(a, 3, 1000007), pow(3, -1, 7), pow(2, 100, -7), pow(-2, 101, 1000))
print(pow(5, 0, 1), pow(0, 0), 0 ** 0, (-1) ** 1001, 2 ** -2, (-8) ** (1 / 3) if False else "skip")
try:
    pow(3, -1, 6)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 1, 0)
except ValueError as e:
    print("ValueError", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    a % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(a & 0xFFFF, a | 1, a ^ b, ~a, ~0, ~-1, -a >> 3, a >> 190, 1 << 100, -1 << 70)
print(b & 0xFF, b | 0xFF, b ^ -1, (-12345) & (2 ** 80 - 1))
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
print(abs(b) == -b, -(-a) == a, +b == b, a > b, b < 0 < a, a == a + 0, hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
print((10 ** 50) // (10 ** 25), 10 ** 50 // 3 * 3 + 10 ** 50 % 3 == 10 ** 50)
print(7 / 2, -7 / 2, (2 ** 100) / (2 ** 98), 10 ** 30 / 10 ** 10)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399), int(1e20), int(-2.9), int(2.9))
print(sum(range(10 ** 6)), 2 ** 64 - 1, -(2 ** 63), 2 ** 63, 0xFFFFFFFFFFFFFFFF + 1)
x = 1
for i in range(1, 30):
    x *= i
print(x, len(str(x)), x.bit_length(), str(x)[::-1][:5])
print(round(123456789, -3), round(-155, -1), round(145, -1), round(2 ** 70, -20), round(5, 2))
print(int.__add__(2, 3), (5).__rsub__(1), (7).__floordiv__(2), (7).__pow__(2), (2).__neg__())
print(True + True, True * 10, False - 1, True << 3, -True, ~True, True / 2, True // 2)
