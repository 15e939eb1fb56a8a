print([x * x for x in range(6) if x % 2 == 0])
print({x: x * x for x in range(4)})
print({c for c in "mississippi"} == set("misp"))
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
gen = (x + 1 for x in [1, 2, 3])
print(next(gen), list(gen))
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(sum(x for x in range(101)))
y = 10
print([y + x for x in range(3)])
print(dict(zip("abc", range(3))))
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
