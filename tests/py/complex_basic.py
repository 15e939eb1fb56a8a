# complex numbers: literals, arithmetic, constructor forms, repr, hashing.
z = 1 + 2j
print(z, 2j, -1j, z * z, z / (3 - 4j), abs(3 + 4j), z.real, z.imag, z.conjugate(), z == complex(1, 2))
print(complex('1+2j'), complex('3j'), complex(2), complex(), (1 + 1j) ** 2, 2 ** 0.5j == 2 ** (0.5j), hash(complex(3, 0)) == hash(3))
print(complex(1.5, -0.5), 1e20 + 0j, -0.0j, type(z).__name__, bool(0j), z + 1, 1 - z)
