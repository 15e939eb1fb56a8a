# Evaluation order of generator expressions: the first iterable is evaluated (and iter() called)
# immediately, everything else lazily on each next(); errors show up at the matching step.
def src(name, n):
    print(f"  build {name}")
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i

print("create")
g = (x * 10 for x in src("outer", 3) if x != 1)
print("first next")
print(next(g))
print("rest")
print(list(g))

print("nested")
h = ((x, y) for x in src("xs", 2) for y in src("ys", 2))
print(next(h))
print(list(h))

try:
    bad = (1 / x for x in 5)
except TypeError as e:
    print("at creation:", e)
lazy = (1 / x for x in [1, 0, 2])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("at step 2:", e)
print(list(lazy))

def trace(v):
    print(f"  eval {v}")
    return v
pairs = {trace("k1"): trace("v1"), trace("k2"): trace("v2")}
print(pairs)
values = [trace(i) for i in range(2)] + [trace("tail")]
print(trace("a") or trace("b"), trace(0) and trace("never"))
print(list(f(x) if (f := trace(len)) else None for x in ["ab"]))
print(sum(trace(i) for i in range(3)))
