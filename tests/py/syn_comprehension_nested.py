# Nested comprehensions, conditions referencing outer variables, and comprehension-in-lambda.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [grid[c][r] for r in range(3) for c in range(3)])
print([x for row in grid for x in row if x % 2 == 0], [[x for x in row if x > r] for r, row in enumerate(grid)])
print({r: [c for c in range(r)] for r in range(4)}, {(a, b) for a in range(3) for b in range(a, 3) if a + b == 3})
words = ["apple", "bob", "kayak", "level", "test"]
print([w for w in words if w == w[::-1]], {w[0]: len(w) for w in words}, sorted({len(w) for w in words}))
flat = lambda m: [v for r in m for v in r]
print(flat([[1, 2], [3]]), (lambda n: [i * n for i in range(3)])(5))
print(sum(1 for w in words for ch in w if ch in "aeiou"), max((len(w), w) for w in words))
primes = [n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
pyth = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
print([[j for j in range(i)] for i in range(4) if i % 2], [(i, j) for i in range(3) if i for j in range(i) if j != 1])
matrix_t = list(map(list, zip(*grid)))
print(matrix_t, [sum(col) for col in zip(*grid)])
x = 10
print([x for x in range(3)], x, [y for y in [x]], {x: x for x in "ab"}, x)
print(list({v: k for k, v in {"a": 1, "b": 2}.items()}.items()), dict((k, v * 2) for k, v in [("x", 1)]))
