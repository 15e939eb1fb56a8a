def f(x): return (repr(x), x == x)
for v in [float("inf"), float("-inf"), float("nan"), -0.0, 1.5e-300]:
    r = f(v)
    print(r[0], "eq" if r[1] else "ne")
def php_var_dump_float(v):
    if v != v: return "float(NAN)"
    if v == float("inf"): return "float(INF)"
    if v == float("-inf"): return "float(-INF)"
    if v == 0: return "float(-0)" if str(v).startswith("-") else "float(0)"
    return "float(%r)" % v
def g(): return [float('inf'), float('-inf'), float('nan'), -0.0]
for v in g(): print(php_var_dump_float(v))
