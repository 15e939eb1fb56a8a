def gettype(v):
    if v is None: return "NULL"
    return {bool: "boolean", int: "integer", float: "double", str: "string"}[type(v)]
def f(a, b): return [gettype(a), gettype(b)]
for a, b in [(1, 2.0), (True, None), ("s", -3), (1.5, False)]:
    r = f(a, b)
    print(r[0], r[1])
def g(x): return x * 2
print(repr(g(21)), repr(g(1.25)))
def h(): return 9223372036854775807
print(h(), type(h()).__name__)
def k(): return float(9223372036854775807) + 1
print(k(), type(k()).__name__)
def n(): return None
print(n() is None)
def b(v): return not (v and v != "0")
print(b(0), b(1), b(""), b("0"))
