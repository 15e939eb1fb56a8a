# Chained and multiple assignment: evaluation order, shared objects, targets of different kinds.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
log = []
class T:
    def __setitem__(self, k, v):
        log.append(("item", k, v))
    def __setattr__(self, k, v):
        log.append(("attr", k, v))
t = T()
t[0] = t.attr = first, second = (1, 2)
print(log, first, second)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
lst = [0, 0]
j = lst[j] = 1 if False else 0
print(j, lst)
p, q = q, p = 1, 2
print(p, q)
(m, n), o = [3, 4], 5
[r, [s, u]] = 6, (7, 8)
print(m, n, o, r, s, u)
d = {}
d["a"] = d["b"] = len(d)
print(d)
