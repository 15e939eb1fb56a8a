def evens(n):
    for i in range(0, n, 2):
        yield i
gen = evens
g = gen(10)
print(next(g), next(g))
print(iter(g) is g)
print(list(g))
print(next(g, "done"))
