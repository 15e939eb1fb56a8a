def f(v): return (type(v).__name__, v * 2)
r = f(float(9223372036854775807 + 1))
print(r[0], "%.14G" % r[1])  # PHP echo prints floats with precision 14
def g(v): return str(v * v * v)
print(g(9223372036854775807))
def h(v): return (v * v) // v == v
print("bool(true)" if h(9223372036854775807) else "bool(false)")
