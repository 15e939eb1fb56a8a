# round (ndigits, negative ndigits, half-even), divmod and pow for all number types.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 123.456, -123.456, 1e20, 0.0]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
for v in [5, 15, 25, -25, 150, 12345, -12355, 10 ** 30 + 5 * 10 ** 14]:
    print(v, round(v), round(v, 1), round(v, -1), round(v, -2), round(v, -15))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, -1)).__name__, round(True), round(7, None))
class Rounder:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(Rounder()), round(Rounder(), 3))
for bad in [lambda: round("1"), lambda: round(1.5, 1.5), lambda: round(float("nan")), lambda: round(float("inf"))]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(2 ** 65, 7))
print(divmod(0, 3), divmod(True, 2), divmod(7, 2.0), divmod(-0.0, 1.0))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 10 ** 9 + 7))
print(pow(7, -1, 13), pow(10, -2, 7), pow(0, 0), pow(0.0, 0), pow(1, 10 ** 6), pow(-1, 10 ** 6 + 1), pow(base=2, exp=5), pow(2, 5, mod=3))
for bad in [lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4), lambda: pow(0, -1), lambda: pow(0.0, -1)]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 10 ** 20, 10.0 ** 20, 4 ** 0.5, 8 ** (1 / 3))
