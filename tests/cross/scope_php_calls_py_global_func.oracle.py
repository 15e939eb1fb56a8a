def py_double(x):
    return x * 2
def f(v): return py_double(v) + 1
print(f(20))
