# Imaginary literals in expressions: precedence, unary minus, mixing with ints/floats.
print(1 + 2j * 3, (1 + 2j) * 3, -1j ** 2, (-1j) ** 2, 2j / 1j, 1j * 1j == -1)
print(3 - 4j == complex(3, -4), abs(3 - 4j), (1 + 1j).conjugate() * (1 + 1j), 1e3j, 1_000j, .5j + .5)
z = 2 + 3j
print(z.real + z.imag, z * z.conjugate(), (z * z.conjugate()).imag, z ** 2 == z * z, z / z)
print([c.imag for c in [1j, 2 + 0j, -3.5j]], sum([1j] * 4), sorted([3j, 1j], key=abs))
print(repr(0j), repr(-0j), repr(1j - 1j), repr(complex(0, -0.0)), str(1e-20j), repr(1e20 + 1e20j))
