# Closures: late binding, cell sharing between closures, nonlocal counters, closures in loops.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc(), get())
def shared():
    val = []
    return (lambda x: val.append(x)), (lambda: list(val))
add, read = shared()
add(1); add(2)
print(read())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [(lambda i=i: i) for i in range(3)]
print([f() for f in funcs])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()
print(outer())
def make_adders():
    return [lambda v, n=n: v + n for n in (1, 10, 100)]
print([f(1) for f in make_adders()])
print(inc.__closure__ is not None, len(inc.__closure__))
print(inc.__closure__[0].cell_contents)
def fib_memo():
    cache = {}
    def fib(n):
        if n < 2:
            return n
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
print(fib_memo()(90))
compose = lambda *fs: lambda x: __import__("functools").reduce(lambda acc, f: f(acc), fs, x)
print(compose(lambda v: v + 1, lambda v: v * 3, str)(4))
