def f(a): return (a == {'x': 1, 'y': 2}, a != {'x': 1}, dict(a) == {'x': 1, 'y': 2})
r = f({"x": 1, "y": 2})
for b in r: print("bool(true)" if b else "bool(false)")
