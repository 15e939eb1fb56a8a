# complex numbers: arithmetic, comparisons, hashing, conversions, abs and pow edge cases.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** -1, b ** 0, a ** 0.5, 2 ** a)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a == 3 + 4j, a != b, (1 + 0j) == 1.0, 1j ** 2)
print(abs(a), abs(-3j), abs(complex(float("inf"), 1)), a.conjugate(), b.real, b.imag)
print(complex(1, 2) == complex("1+2j"), complex(3) == 3, hash(3 + 0j) == hash(3), hash(complex(1.5, 0)) == hash(1.5))
for f in [lambda: a < b, lambda: a % 2, lambda: a // 2, lambda: divmod(a, 1), lambda: int(a), lambda: float(a), lambda: round(a), lambda: 0j ** -1, lambda: a / 0]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(repr(complex(0, 0)), repr(complex(-0.0, 0)), repr(complex(0, -0.0)), repr(complex(1e-5, 1e20)), repr(complex(float("nan"), float("inf"))))
print(str(1j), str(-1j), str(complex(1, 1)), repr(0.5j), complex(True, False), complex(" ( 1-1j ) ".strip()))
print(pow(1j, 2), pow(2j, 3), (1 + 1j) ** 3, (0.5 + 0.5j) ** 10, 1j ** 0, 0j ** 0)
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 3), [1j, 2j][1], {1j: "a"}[1j], bool(0j), bool(-0j), not 1j)
class C:
    def __complex__(self):
        return 2 + 3j
print(complex(C()), complex(1.5), complex("-j"), complex("+1.5e2j"), complex(1, 1j), complex(1j, 1))
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError", e)
try:
    complex([])
except TypeError as e:
    print("TypeError", e)
print(type(1j).__name__, isinstance(1j, complex), complex.__name__, (1j).__class__ is complex)
