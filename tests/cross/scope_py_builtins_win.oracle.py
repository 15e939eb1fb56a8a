def f(xs): return (max(xs.values()), min(xs.values()), abs(-3), round(2.675, 2))
r = f({0: 4, 1: 9, 2: 1})
print(r[0], r[1], r[2], r[3])
