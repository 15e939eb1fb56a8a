# Closures: cells shared between sibling closures, nonlocal rebinding through several levels,
# late binding in loops and the default-argument fix, closures over loop variables of
# comprehensions, __closure__ contents, and UnboundLocalError/NameError cases.
def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("+", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("-", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = make_account(10)
dep(5)
wd(3)
try:
    wd(100)
except ValueError as e:
    print("ValueError:", e)
print(rep(), [type(c.cell_contents).__name__ for c in dep.__closure__])
print(dep.__code__.co_freevars, make_account.__code__.co_cellvars)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner
    f = middle()
    f()
    return x, f()
print(outer())

late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])

def counters():
    fs = []
    for name in ("a", "b"):
        count = 0
        def inc(name=name):
            nonlocal count
            count += 1
            return f"{name}{count}"
        fs.append(inc)
    return fs
c1, c2 = counters()
print(c1(), c1(), c2(), c1())

def shadow():
    total = 1
    def read():
        return total
    total = 2
    return read()
print(shadow())

def unbound():
    def f():
        print(value)
        value = 1
    try:
        f()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    def g():
        return later
    try:
        g()
    except NameError as e:
        print("NameError:", e)
    later = 5
    print(g())
unbound()

def deleted():
    v = 1
    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        print("NameError:", e)
deleted()

def gen_closure():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    while True:
        yield step()
g = gen_closure()
print(next(g), next(g), next(g))
