def make(prefix, n):
    sep = ", "
    def f(x): return prefix + (x + sep) * n
    return f
print(make("<", 2)("ab"))
print(make("#", 3)("z"))
