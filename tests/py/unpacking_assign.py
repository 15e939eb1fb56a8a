a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
head, *tail = "hello"
print(head, tail)
*_, final = [9, 8, 7]
print(final)
l = [0, 0, 0]
l[0], l[2] = "x", "z"
print(l)
class P: pass
p = P()
p.a, p.b = 1, 2
print(p.a + p.b)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 10
print(d)
n = [1, [2, 3]]
n[1][0] *= 10
print(n)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], 2))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
if (m := 5) > 3:
    print("walrus", m)
print([y for x in range(5) if (y := x * 2) > 4])
