# Imaginary and complex literals, repr and arithmetic.
print(1j, 3j, 1.5j, 1e3j, 0j, 1_0j, .5j, 1J)
print(1 + 2j, 1 - 2j, -1j, -(0j), (-0.0) + 0j, 0j * -1)
print(repr(complex(1, -0.0)), repr(complex(-0.0, -0.0)), complex(0, 1e20))
print(complex("1+2j"), complex(" 3j "), complex("-1.5e3-2J"), complex("(1+1j)"), complex("inf+nanj"))
print(complex(2), complex(2.5, 3), complex(1j, 1j), complex(), complex("1"))
for s in ["1+", "j1", "1+2", "(1+2j", "1 + 2j", "", "1+2jj"]:
    try:
        print(complex(s))
    except ValueError as e:
        print("ValueError", repr(s), e)
z = 3 + 4j
print(z.real, z.imag, abs(z), z.conjugate(), z * z, z / 2, z ** 2, z ** 0.5)
print((1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (2j) ** 2, 1j ** 1j)
print((1 + 1j) == complex(1, 1), 1 + 0j == 1, hash(1 + 0j) == hash(1), hash(0j) == 0)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print("TypeError", e)
try:
    1j / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError", e)
print(complex(1e300, 1e300) * 10)
print(repr(complex(1.5, 2)), str(complex(0, 2)), repr(complex(2, 0)), repr(-1j))
print(format(1 + 2j), format(1.5 - 2.25j, ".2f"), format(3j, ">12"), f"{1+1j:+.1e}")
print(bool(0j), bool(1j), (1j).real, type(1j.imag).__name__)
