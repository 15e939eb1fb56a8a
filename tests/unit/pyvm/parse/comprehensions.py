# Comprehensions and generator expressions.
a = [x for x in y]
b = [x * y for x in range(3) if x if not y for y in z]
c = {k: v for k, v in items}
d = {x for x in s}
e = (x for x in g)
f = [x async for x in aiter()]
g = [(a, b) for a, *b in pairs]
h = [[y for y in row] for row in matrix]
i = sum(x for x in nums)
j = [x for x in (yield_ for yield_ in r)]
k = [y := 1, y ** 2]
l = [x for x in range(10) if (z := x) > 3]
