def h(*xs): return repr(xs)
print(h(*[10, 20, 30]))
a = [1, 2, 3]
print(h(*a))
def k(a, b, c): return a * 100 + b * 10 + c
print(k(*[1, 2, 3]))
