# Closures and nonlocal: counters, closures capturing loop variables late, nonlocal rebinding
# through several levels, cells shared between sibling closures, and __closure__ contents.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get

inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, len(get.__closure__))

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())

def make_adders():
    adders = []
    for k in range(3):
        def add(v, k=k):
            return v + k
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])

def late_binding():
    fs = []
    for k in range(3):
        fs.append(lambda: k)
    k = 100
    return [f() for f in fs]
print(late_binding())

def no_closure():
    return 1
print(no_closure.__closure__, outer.__code__.co_freevars, counter.__code__.co_cellvars)

def rebind_param(a):
    def show():
        return a
    a = a * 2
    return show()
print(rebind_param(21))

def accumulate():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulate()
print(acc(1), acc(2), acc(3))
