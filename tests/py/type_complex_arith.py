# complex: construction from strings and pairs, arithmetic with ints and floats, powers, abs,
# conjugate, equality with reals, repr/str of signed zeros and infinities, cmath functions.
import math

values = [complex(1, 2), complex("3-4j"), complex(" ( -1.5+0.5j ) "), 2j, complex(5), complex(-0.0, -0.0),
          complex(float("inf"), -1), complex(0, float("nan")), 1e300j * 10]
for z in values:
    print(repr(z), str(z), z.real, z.imag, z.conjugate())
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, 2 ** a, (1j) ** 2, a * 2, 2.5 - a)
print(abs(a), abs(b), a == 3 + 4j, complex(2, 0) == 2, 2.0 == complex(2), a != b, hash(complex(7, 0)) == hash(7))
print(math.atan2(a.imag, a.real), math.hypot(a.real, a.imag), (a * a.conjugate()).real, (-4) ** 0.5)
for bad in ["1+", "j1", "1 + 2j", "(1+2j", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for op in [lambda: a // b, lambda: a % b, lambda: a < b, lambda: int(a), lambda: 1 / complex(0, 0)]:
    try:
        op()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(complex(1, 2).__format__(""), format(1 + 2j, ".2f"), format(-1.5j, "+.1e"), f"{3-0j:>12}")
print(sum([1j, 2, 3.5]), sorted([3 + 0j, 1 + 0j], key=abs), [z.imag for z in (1j, -1j, 0j)])
