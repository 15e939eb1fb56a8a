# //, %, >>, &, |, ^ of small ints (computed in place by the interpreter's binary-op helper):
# Python's floor rounding and remainder signs, the one overflowing quotient, huge shift counts,
# negative shifts, division by zero, in-place forms, and values at the small-int limits.
M = (1 << 62) - 1
vals = [0, 1, -1, 2, -2, 7, -7, 3, -3, 1 << 40, -(1 << 40), 1 << 61, -(1 << 62), M, -M]
ops = [
    ("%", lambda a, b: a % b),
    ("//", lambda a, b: a // b),
    (">>", lambda a, b: a >> (b & 127)),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b),
]
for name, f in ops:
    row = []
    for x in vals:
        for y in vals:
            try:
                row.append(f(x, y))
            except ZeroDivisionError as e:
                row.append(str(e))
    print(name, row)
x = 10
x %= 3
y = -10
y //= 4
z = 1 << 40
z >>= 3
w = 0b1100
w &= 0b1010
w |= 1
w ^= 0xFF
print(x, y, z, w, -(2 ** 62) // -1, (-(2 ** 62)) % -1, 7 >> 100, -7 >> 100, -1 >> 63)
print(type(-(2 ** 62) // -1), 2 ** 62 // 3, -(2 ** 62) % 7, 5 % -3, -5 % 3, -5 // 3, 5 // -3)
for bad in [lambda: 1 >> -1, lambda: 1 % 0, lambda: 1 // 0]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(True % 2, True // 1, 7 & True, 2.5 // 1, 7 % 2.5, (1 << 70) % 7, (1 << 70) // (1 << 65))
seed = 12345
acc = 0
for i in range(2000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    acc = (acc * 31 + (seed >> 16) % 97 + (seed & 255) ^ (seed // 7 | 3)) % 1000000007
print(seed, acc)
