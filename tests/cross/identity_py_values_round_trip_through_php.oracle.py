def back(v): return v
def gen():
    yield 1
g = gen()
class C:
    pass
print(back(g) is g, back(C) is C, back(gen) is gen, back(back) is back)
d = {"k": [1, 2]}
t = (1, "two")
print(back(d) is d, back(d["k"]) is d["k"], back(t) is t)
def pg_():
    yield 1
    yield 2
pg = pg_()
print(back(pg) is pg)
def consume(it): return sum(it)
print(consume(pg))
