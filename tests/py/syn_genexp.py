# Generator expressions: laziness, first-iterator evaluated eagerly, exhaustion, as sole argument.
def src(n, log):
    for i in range(n):
        log.append(i)
        yield i
log = []
g = (x * 10 for x in src(3, log))
print(log, next(g), log, list(g), log, list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
def bad():
    raise ValueError("lazy")
g3 = (bad() for _ in range(1))
print("created")
try:
    next(g3)
except ValueError as e:
    print("ValueError on next", e)
print(sum(x for x in range(4)), max(len(w) for w in ["a", "abc"]), "".join(c.upper() for c in "hi"))
print(sorted((x for x in [3, 1, 2]), reverse=True), any(x > 2 for x in [1, 3]), all(x for x in []))
pairs = ((a, b) for a in range(2) for b in "xy" if a or b == "y")
print(list(pairs))
g4 = (i for i in range(3))
print(iter(g4) is g4, g4.__name__, hasattr(g4, "send"), list(zip(g4, g4)))
n = 3
g5 = (i for i in range(n))
n = 10
print(list(g5))
nested = (sum(row) for row in ((i * j for j in range(3)) for i in range(3)))
print(list(nested))
g6 = (x for x in range(10))
print(next(g6), next(g6), 5 in g6, next(g6))
g7 = (y for y in [1])
g7.close()
print(list(g7))
try:
    print(f(x for x in range(2)), 1) if False else None
    eval("f(x for x in range(2), 1)")
except SyntaxError as e:
    print("SyntaxError", e.msg)
